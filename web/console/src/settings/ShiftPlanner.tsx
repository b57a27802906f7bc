/**
 * Shifts on a weekly planner: a location's calendars by day, Monday to Sunday, and a form that
 * repeats a shift on chosen weekdays for some weeks across several calendars at once.
 */
import { Alert, Button, Checkbox, Chip, Group, NativeSelect, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';
import { useLocations } from '../api/queries';
import { addDays, displayLocalTime, todayIn } from '../lib/zonedTime';
import { QueryState } from '../ui/QueryState';
import { useAccess } from '../auth/useAccess';
import { ShiftEditForm } from './ShiftEditForm';

type Weekday = Schemas['Weekday'];
const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export function ShiftPlanner() {
  const queryClient = useQueryClient();
  const locations = useLocations();
  const [locationId, setLocationId] = useState('');
  const location = locations.data?.items.find((item) => item.locationId === locationId) ?? locations.data?.items[0];
  const [weekOf, setWeekOf] = useState(() => todayIn(location?.timeZone ?? 'UTC'));
  const week = useQuery({
    queryKey: ['shift-week', location?.locationId, weekOf],
    enabled: Boolean(location),
    queryFn: () => unwrap(api.GET('/api/shifts/week', { params: { query: { locationId: location!.locationId, weekOf } } })),
  });
  const [form, setForm] = useState({ calendarIds: [] as string[], weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'] as Weekday[], weeks: 4, start: '09:00', end: '17:00', breakStart: '12:00', breakEnd: '13:00' });
  const repeat = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/shifts/repeat', {
        body: {
          calendarIds: form.calendarIds,
          startDate: week.data?.dates[0] ?? weekOf,
          weekdays: form.weekdays,
          weeks: form.weeks,
          start: form.start,
          end: form.end,
          breaks: form.breakStart && form.breakEnd ? [{ start: form.breakStart, end: form.breakEnd }] : [],
        },
      })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['shift-week'] });
      await queryClient.invalidateQueries({ queryKey: ['day-view'] });
    },
  });
  const unnamed = unnamedError(repeat.error);
  const canEdit = useAccess().can('schedule:manage');
  const [editing, setEditing] = useState<{ shift: Schemas['Shift']; calendarName: string }>();
  const [notice, setNotice] = useState('');

  return (
    <Stack gap="md">
      <Title order={2} size="h4">Shifts</Title>
      <Group align="flex-end" gap="xs">
        <NativeSelect label="Location" value={location?.locationId ?? ''} onChange={(event) => setLocationId(event.currentTarget.value)} data={(locations.data?.items ?? []).map((item) => ({ value: item.locationId, label: item.name }))} />
        <TextInput label="Week of" type="date" value={weekOf} onChange={(event) => event.currentTarget.value && setWeekOf(event.currentTarget.value)} />
        <Button variant="default" onClick={() => setWeekOf(addDays(weekOf, -7))}>‹ Week</Button>
        <Button variant="default" onClick={() => setWeekOf(addDays(weekOf, 7))}>Week ›</Button>
      </Group>
      {!week.data ? <QueryState query={week} label="the week" /> : (
        <div style={{ overflowX: 'auto' }}>
          <Table aria-label="Shifts of the week" withColumnBorders>
            <Table.Thead>
              <Table.Tr><Table.Th>Calendar</Table.Th>{week.data.dates.map((date, index) => <Table.Th key={date}>{WEEKDAYS[index]} {date.slice(5)}</Table.Th>)}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {week.data.calendars.map((calendar) => (
                <Table.Tr key={calendar.calendarId}>
                  <Table.Td>{calendar.name}</Table.Td>
                  {week.data.dates.map((date) => {
                    const shift = calendar.shifts.find((item) => item.date === date);
                    const label = shift ? `${displayLocalTime(shift.start)}–${displayLocalTime(shift.end)}${shift.breaks.length ? ` (${shift.breaks.length} break${shift.breaks.length > 1 ? 's' : ''})` : ''}` : '';
                    return (
                      <Table.Td key={date}>
                        {!shift ? <Text size="xs" c="dimmed">—</Text> : canEdit ? (
                          <Button size="compact-xs" variant={editing?.shift.shiftId === shift.shiftId ? 'light' : 'subtle'} onClick={() => { setNotice(''); setEditing({ shift, calendarName: calendar.name }); }} aria-label={`Edit shift of ${calendar.name} on ${date}: ${label}`} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} h="auto">
                            {label}
                          </Button>
                        ) : <Text size="xs">{label}</Text>}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {notice && <Alert color="green" role="status" p="xs" withCloseButton onClose={() => setNotice('')}>{notice}</Alert>}
      {editing && <ShiftEditForm key={editing.shift.shiftId} shift={editing.shift} calendarName={editing.calendarName} onDone={(message) => { setEditing(undefined); setNotice(message); }} />}
      <Paper withBorder p="sm" component="form" aria-label="Repeat a shift" onSubmit={(event) => { event.preventDefault(); repeat.mutate(); }}>
        <Stack gap="sm">
          <Title order={3} size="h5">Repeat a shift across calendars</Title>
          <Checkbox.Group label="Calendars" value={form.calendarIds} onChange={(calendarIds) => setForm({ ...form, calendarIds })} error={fieldError(repeat.error, 'calendarIds')}>
            <Group gap="sm" mt={4}>{(week.data?.calendars ?? []).map((calendar) => <Checkbox key={calendar.calendarId} value={calendar.calendarId} label={calendar.name} />)}</Group>
          </Checkbox.Group>
          <Chip.Group multiple value={form.weekdays} onChange={(weekdays) => setForm({ ...form, weekdays: weekdays as Weekday[] })}>
            <Group gap={4} role="group" aria-label="Weekdays">{WEEKDAYS.map((day) => <Chip key={day} size="xs" value={day}>{day}</Chip>)}</Group>
          </Chip.Group>
          {fieldError(repeat.error, 'weekdays') && <Text size="xs" c="red">{fieldError(repeat.error, 'weekdays')}</Text>}
          <Group gap="xs" align="flex-start">
            <NumberInput label="Weeks" min={1} max={26} w={90} value={form.weeks} onChange={(value) => setForm({ ...form, weeks: Number(value) || 1 })} error={fieldError(repeat.error, 'weeks')} />
            <TextInput label="Start" type="time" value={form.start} onChange={(event) => setForm({ ...form, start: event.currentTarget.value })} error={fieldError(repeat.error, 'start')} />
            <TextInput label="End" type="time" value={form.end} onChange={(event) => setForm({ ...form, end: event.currentTarget.value })} error={fieldError(repeat.error, 'end')} />
            <TextInput label="Break from" type="time" value={form.breakStart} onChange={(event) => setForm({ ...form, breakStart: event.currentTarget.value })} error={fieldError(repeat.error, 'breaks.0.start')} />
            <TextInput label="Break to" type="time" value={form.breakEnd} onChange={(event) => setForm({ ...form, breakEnd: event.currentTarget.value })} error={fieldError(repeat.error, 'breaks.0.end')} />
          </Group>
          {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
          {repeat.isSuccess && <Alert color="green" role="status" p="xs">{repeat.data.count} shifts added.</Alert>}
          <Group><Button type="submit" loading={repeat.isPending}>Repeat shift</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
