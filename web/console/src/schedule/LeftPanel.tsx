/** The schedule's controls: location, date, discipline filter, calendar toggles and find time. */
import { Button, Checkbox, Divider, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Calendar, Discipline, Location, Session } from '../api/queries';
import { addDays, displayTime, shortDate } from '../lib/zonedTime';
import { FIND_SPANS, type DayStarts } from './findTimeAhead';

interface LeftPanelProps {
  locations: Location[];
  locationId: string;
  onLocation(locationId: string): void;
  date: string;
  today: string;
  onDate(date: string): void;
  disciplines: Discipline[];
  disciplineId: string;
  onDiscipline(disciplineId: string): void;
  calendars: Calendar[];
  shownCalendarIds: ReadonlySet<string>;
  onToggleCalendar(calendarId: string): void;
  onDefaultCalendars(): void;
  sessions: Session[];
  findSessionId: string;
  onFindSession(sessionId: string): void;
  onFindTime(): void;
  onClearFindTime(): void;
  findStatus: string | undefined;
  findDays: number;
  onFindDays(days: number): void;
  /** Openings found beyond the day shown, by day; a start opens the booking panel there. */
  findResults: readonly DayStarts[];
  onPickStart(date: string, calendarId: string, minutes: number): void;
  onNewBooking(): void;
}

export function LeftPanel(props: LeftPanelProps) {
  const { calendars, shownCalendarIds } = props;
  const calendarName = (id: string) => calendars.find((calendar) => calendar.calendarId === id)?.name ?? '';
  return (
    <Stack gap="sm" p="sm" className="left-panel">
      <Button onClick={props.onNewBooking}>New booking</Button>
      <NativeSelect label="Location" value={props.locationId} onChange={(event) => props.onLocation(event.currentTarget.value)} data={props.locations.map((location) => ({ value: location.locationId, label: location.name }))} />
      <div>
        <TextInput label="Date" type="date" value={props.date} onChange={(event) => event.currentTarget.value && props.onDate(event.currentTarget.value)} />
        <Group gap={4} mt={4} grow>
          <Button size="compact-xs" variant="default" onClick={() => props.onDate(addDays(props.date, -1))} aria-label="Previous day">‹ Prev</Button>
          <Button size="compact-xs" variant="default" onClick={() => props.onDate(props.today)}>Today</Button>
          <Button size="compact-xs" variant="default" onClick={() => props.onDate(addDays(props.date, 1))} aria-label="Next day">Next ›</Button>
        </Group>
      </div>
      <NativeSelect label="Discipline" value={props.disciplineId} onChange={(event) => props.onDiscipline(event.currentTarget.value)} data={[{ value: '', label: 'All disciplines' }, ...props.disciplines.map((discipline) => ({ value: discipline.disciplineId, label: discipline.name }))]} />
      <Divider />
      <Stack gap={4} role="group" aria-labelledby="calendar-toggles">
        <Group justify="space-between">
          <Title order={2} size="sm" id="calendar-toggles">Calendars</Title>
          <Button size="compact-xs" variant="subtle" onClick={props.onDefaultCalendars}>With shifts</Button>
        </Group>
        {calendars.length === 0 && <Text size="sm" c="dimmed">No calendars here.</Text>}
        {calendars.map((calendar) => (
          <Checkbox key={calendar.calendarId} size="xs" label={calendar.name} checked={shownCalendarIds.has(calendar.calendarId)} onChange={() => props.onToggleCalendar(calendar.calendarId)} />
        ))}
      </Stack>
      <Divider />
      <Stack gap={6} role="search" aria-labelledby="find-time-title">
        <Title order={2} size="sm" id="find-time-title">Find time</Title>
        <NativeSelect label="Session" value={props.findSessionId} onChange={(event) => props.onFindSession(event.currentTarget.value)} data={[{ value: '', label: 'Choose a session' }, ...props.sessions.filter((session) => session.active).map((session) => ({ value: session.sessionId, label: `${session.name} (${session.durationMinutes} min)` }))]} />
        <NativeSelect label="Search" value={String(props.findDays)} onChange={(event) => props.onFindDays(Number(event.currentTarget.value))} data={FIND_SPANS.map((span) => ({ value: String(span.days), label: span.label }))} />
        <Group gap={4} grow>
          <Button size="xs" variant="light" disabled={!props.findSessionId} onClick={props.onFindTime}>Find time</Button>
          <Button size="xs" variant="default" onClick={props.onClearFindTime}>Clear</Button>
        </Group>
        {props.findStatus && <Text size="xs" role="status">{props.findStatus}</Text>}
        {props.findResults.length > 0 && (
          <Stack gap={4} aria-label="Openings found" component="section" data-testid="find-results">
            {props.findResults.map((day) => (
              <div key={day.date}>
                <Text size="xs" fw={600}>{shortDate(day.date)}</Text>
                <Group gap={4}>
                  {day.starts.map((start) => (
                    <Button key={`${start.calendarId}-${start.minutes}`} size="compact-xs" variant="default" title={calendarName(start.calendarId)} aria-label={`Book ${shortDate(day.date)} ${displayTime(start.minutes)} with ${calendarName(start.calendarId)}`} onClick={() => props.onPickStart(day.date, start.calendarId, start.minutes)}>
                      {displayTime(start.minutes)}
                    </Button>
                  ))}
                </Group>
              </div>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
