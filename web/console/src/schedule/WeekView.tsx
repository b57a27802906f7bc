/** One calendar's week: seven day columns of its visits; a day's heading opens that day on the grid. */
import { Button, NativeSelect, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { AppointmentStatus, Calendar } from '../api/queries';
import { displayTime, minutesOnDate, parseLocalTime, shortDate } from '../lib/zonedTime';
import { STATUS_LABEL, STATUS_ORDER } from './statuses';
import { weekDates } from './weekDates';

interface WeekViewProps {
  locationId: string;
  date: string;
  calendars: Calendar[];
  calendarId: string;
  onCalendar(calendarId: string): void;
  visibleStatuses: ReadonlySet<AppointmentStatus>;
  sessionColours: ReadonlyMap<string, string>;
  onAppointment(appointmentId: string): void;
  onDay(date: string): void;
}

export function WeekView({ locationId, date, calendars, calendarId, onCalendar, visibleStatuses, sessionColours, onAppointment, onDay }: WeekViewProps) {
  const dates = weekDates(date);
  const days = useQueries({
    queries: dates.map((day) => ({
      queryKey: ['day-view', { locationId, date: day, calendarIds: [calendarId] }],
      enabled: Boolean(calendarId),
      placeholderData: keepPreviousData,
      staleTime: 15_000,
      queryFn: () => unwrap(api.GET('/api/day-view', { params: { query: { locationId, date: day, calendarIds: calendarId, statuses: STATUS_ORDER.join(',') } } })),
    })),
  });
  return (
    <Stack gap={0} style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>
      <NativeSelect px="sm" maw={320} label="Calendar" value={calendarId} onChange={(event) => onCalendar(event.currentTarget.value)} data={calendars.map((calendar) => ({ value: calendar.calendarId, label: calendar.name }))} />
      <div className="week" role="region" aria-label="Week of the calendar">
        {dates.map((day, index) => {
          const view = days[index]?.data;
          const column = view?.columns.find((item) => item.calendarId === calendarId);
          const items = (column?.appointments ?? []).filter((item) => visibleStatuses.has(item.status)).sort((a, b) => a.start.localeCompare(b.start));
          return (
            <section key={day} className="week-day" aria-label={shortDate(day)}>
              <Button size="compact-xs" variant={day === date ? 'light' : 'subtle'} onClick={() => onDay(day)} mb={4}>{shortDate(day)}</Button>
              {column?.shift && <Text size="xs" c="dimmed">{displayTime(parseLocalTime(column.shift.start))}–{displayTime(parseLocalTime(column.shift.end))}</Text>}
              {!view && <Text size="xs" c="dimmed">Loading…</Text>}
              {view && items.length === 0 && <Text size="xs" c="dimmed">No visits</Text>}
              {view && items.map((item) => (
                <button
                  key={item.appointmentId}
                  type="button"
                  className={`week-item status-${item.status}`}
                  data-appointment-id={item.appointmentId}
                  style={sessionColours.has(item.sessionId) ? { borderLeftColor: sessionColours.get(item.sessionId) } : undefined}
                  onClick={() => onAppointment(item.appointmentId)}
                  aria-label={`${displayTime(minutesOnDate(item.start, day, view.timeZone))}, ${item.clientName}, ${item.sessionName}, ${STATUS_LABEL[item.status]}`}
                >
                  <b>{displayTime(minutesOnDate(item.start, day, view.timeZone))}</b> {item.clientName}
                </button>
              ))}
            </section>
          );
        })}
      </div>
    </Stack>
  );
}

