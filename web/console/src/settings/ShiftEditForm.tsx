/** Change or delete one shift of the planner, or it and the later ones of its repeat. */
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';
import { shortDate } from '../lib/zonedTime';
import { shiftBody, shiftForm, shiftScopes, type ShiftForm } from './shiftEdits';

export function ShiftEditForm({ shift, calendarName, onDone }: { shift: Schemas['Shift']; calendarName: string; onDone(message: string): void }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ShiftForm>(() => shiftForm(shift));
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['shift-week'] });
    await queryClient.invalidateQueries({ queryKey: ['day-view'] });
  };
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/shifts/{id}', { params: { path: { id: shift.shiftId }, query: { scope: form.scope } }, body: shiftBody(form) })),
    onSuccess: async (result) => {
      await refresh();
      onDone(`${result.count} shift(s) changed.`);
    },
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/shifts/{id}', { params: { path: { id: shift.shiftId }, query: { scope: form.scope } } })),
    onSuccess: async () => {
      await refresh();
      onDone(form.scope === 'following' ? 'This shift and the later ones of its repeat deleted.' : 'Shift deleted.');
    },
  });
  const breakAt = (index: number, key: 'start' | 'end' | 'label', value: string) => setForm({ ...form, breaks: form.breaks.map((item, at) => (at === index ? { ...item, [key]: value } : item)) });
  const unnamed = unnamedError(save.error) ?? unnamedError(remove.error);
  return (
    <Paper withBorder p="sm" component="form" aria-label="Edit shift" onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
      <Stack gap="xs">
        <Title order={3} size="h5">{calendarName}, {shortDate(shift.date)}</Title>
        <SegmentedControl size="xs" value={form.scope} onChange={(scope) => setForm({ ...form, scope: scope as ShiftForm['scope'] })} data={shiftScopes(shift)} aria-label="Which shifts" />
        <Group gap="xs" align="flex-start">
          <TextInput label="Start" type="time" value={form.start} onChange={(event) => setForm({ ...form, start: event.currentTarget.value })} error={fieldError(save.error, 'start')} />
          <TextInput label="End" type="time" value={form.end} onChange={(event) => setForm({ ...form, end: event.currentTarget.value })} error={fieldError(save.error, 'end')} />
        </Group>
        {form.breaks.map((item, index) => (
          <Group key={index} gap="xs" align="flex-end">
            <TextInput label={`Break ${index + 1} from`} type="time" value={item.start} onChange={(event) => breakAt(index, 'start', event.currentTarget.value)} error={fieldError(save.error, `breaks.${index}.start`)} />
            <TextInput label="to" type="time" value={item.end} onChange={(event) => breakAt(index, 'end', event.currentTarget.value)} error={fieldError(save.error, `breaks.${index}.end`)} />
            <TextInput label="Label" value={item.label} onChange={(event) => breakAt(index, 'label', event.currentTarget.value)} />
            <Button variant="subtle" color="red" onClick={() => setForm({ ...form, breaks: form.breaks.filter((_, at) => at !== index) })}>Remove break</Button>
          </Group>
        ))}
        {form.breaks.length < 5 && <Button size="compact-sm" variant="subtle" style={{ alignSelf: 'flex-start' }} onClick={() => setForm({ ...form, breaks: [...form.breaks, { start: '12:00', end: '12:30', label: '' }] })}>Add break</Button>}
        {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
        {!shift.seriesId && <Text size="xs" c="dimmed">This shift was added on its own, not by a repeat.</Text>}
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>Save shift</Button>
          <Button color="red" variant="light" loading={remove.isPending} onClick={() => remove.mutate()}>Delete</Button>
          <Button variant="default" onClick={() => onDone('')}>Cancel</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
