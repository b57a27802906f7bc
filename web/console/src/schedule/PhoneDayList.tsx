/** On a phone: one calendar's day as a list, in time order, each appointment a button. */
import { Badge, Button, NativeSelect, Stack, Text, UnstyledButton } from '@mantine/core';
import type { AppointmentStatus, DayView } from '../api/queries';
import { displayLocalTime, displayTime, minutesOnDate, parseLocalTime } from '../lib/zonedTime';
import { STATUS_COLOR, STATUS_LABEL } from './statuses';

interface PhoneDayListProps {
  view: DayView;
  calendarId: string;
  onCalendar(calendarId: string): void;
  visibleStatuses: ReadonlySet<AppointmentStatus>;
  onAppointment(appointmentId: string): void;
  onBook(calendarId: string, minutes: number): void;
}

export function PhoneDayList({ view, calendarId, onCalendar, visibleStatuses, onAppointment, onBook }: PhoneDayListProps) {
  const column = view.columns.find((item) => item.calendarId === calendarId) ?? view.columns[0];
  if (!column) return <Text p="sm">No calendar has a shift on this day.</Text>;
  const items = column.appointments.filter((item) => visibleStatuses.has(item.status)).sort((a, b) => a.start.localeCompare(b.start));
  const shiftStart = column.shift ? parseLocalTime(column.shift.start) : 9 * 60;
  return (
    <Stack gap="xs" p="sm" className="phone-day">
      <NativeSelect label="Calendar" value={column.calendarId} onChange={(event) => onCalendar(event.currentTarget.value)} data={view.columns.map((item) => ({ value: item.calendarId, label: item.name }))} />
      <Text size="sm" c="dimmed">{column.shift ? `Shift ${displayLocalTime(column.shift.start)}–${displayLocalTime(column.shift.end)}` : 'No shift'}</Text>
      <Stack gap={4} component="ul" className="phone-list" aria-label={`Appointments of ${column.name}`}>
        {items.length === 0 && <Text component="li" size="sm">No appointments.</Text>}
        {items.map((item) => {
          const minutes = minutesOnDate(item.start, view.date, view.timeZone);
          return (
            <li key={item.appointmentId}>
              <UnstyledButton className={`phone-item status-${item.status}`} data-appointment-id={item.appointmentId} onClick={() => onAppointment(item.appointmentId)}>
                <Text fw={600} size="sm">{displayTime(minutes)} · {item.clientName}</Text>
                <Text size="xs">{item.sessionName} · {item.caseLabel}</Text>
                <Badge size="xs" color={STATUS_COLOR[item.status]}>{STATUS_LABEL[item.status]}</Badge>
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
      <Button variant="light" onClick={() => onBook(column.calendarId, shiftStart)}>Book on {column.name}</Button>
    </Stack>
  );
}
