/** The printable day sheet: every visit of the day by calendar and time, cancellations left out. */
import type { DayView } from '../api/queries';
import { minutesOnDate } from '../lib/zonedTime';

export interface DaySheetRow {
  calendarName: string;
  start: number;
  end: number;
  clientName: string;
  caseLabel: string;
  sessionName: string;
  status: string;
}

const LEFT_OUT: ReadonlySet<string> = new Set(['canceled', 'rebooked']);

export function daySheetRows(view: DayView): { calendarName: string; rows: DaySheetRow[] }[] {
  return view.columns
    .map((column) => ({
      calendarName: column.name,
      rows: column.appointments
        .filter((appointment) => !LEFT_OUT.has(appointment.status))
        .map((appointment) => ({
          calendarName: column.name,
          start: minutesOnDate(appointment.start, view.date, view.timeZone),
          end: minutesOnDate(appointment.end, view.date, view.timeZone),
          clientName: appointment.clientName,
          caseLabel: appointment.caseLabel,
          sessionName: appointment.sessionName,
          status: appointment.status,
        }))
        .sort((a, b) => a.start - b.start),
    }))
    .filter((group) => group.rows.length > 0);
}
