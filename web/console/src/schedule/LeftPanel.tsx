/** The schedule's controls: location, date, discipline filter, calendar toggles and find time. */
import { Button, Checkbox, Divider, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Calendar, Discipline, Location, Session } from '../api/queries';
import { addDays } from '../lib/zonedTime';

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
  onNewBooking(): void;
}

export function LeftPanel(props: LeftPanelProps) {
  const { calendars, shownCalendarIds } = props;
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
        <Group gap={4} grow>
          <Button size="xs" variant="light" disabled={!props.findSessionId} onClick={props.onFindTime}>Find time</Button>
          <Button size="xs" variant="default" onClick={props.onClearFindTime}>Clear</Button>
        </Group>
        {props.findStatus && <Text size="xs" role="status">{props.findStatus}</Text>}
      </Stack>
    </Stack>
  );
}
