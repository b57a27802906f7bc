/** Change or remove a time block drawn on the grid (its label opens it). */
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';
import type { DayColumn } from '../api/queries';
import { formatLocalTime, minutesOnDate, parseLocalTime, zonedInstant } from '../lib/zonedTime';
import { BLOCK_KINDS } from './BlockForm';

type Block = DayColumn['blocks'][number];
type Kind = Schemas['UpdateTimeBlock']['kind'];

export function BlockEditForm({ block, date, timeZone, onDone }: { block: Block; date: string; timeZone: string; onDone(message: string): void }) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>((BLOCK_KINDS.find((item) => item.value === block.kind)?.value ?? 'other'));
  const [label, setLabel] = useState(block.label ?? '');
  const [from, setFrom] = useState(formatLocalTime(Math.max(0, minutesOnDate(block.start, date, timeZone))));
  const [to, setTo] = useState(formatLocalTime(Math.min(24 * 60 - 1, minutesOnDate(block.end, date, timeZone))));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['day-view'] });
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.PATCH('/api/time-blocks/{id}', {
        params: { path: { id: block.blockId } },
        body: { kind, label: label.trim(), start: zonedInstant(date, parseLocalTime(from), timeZone), end: zonedInstant(date, parseLocalTime(to), timeZone) },
      })),
    onSuccess: async () => {
      await refresh();
      onDone('Block changed.');
    },
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/time-blocks/{id}', { params: { path: { id: block.blockId } } })),
    onSuccess: async () => {
      await refresh();
      onDone('Block removed.');
    },
  });
  const unnamed = unnamedError(save.error) ?? unnamedError(remove.error);
  return (
    <Stack gap="sm" component="form" aria-label="Edit block" onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
      <NativeSelect label="Kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as Kind)} data={BLOCK_KINDS} error={fieldError(save.error, 'kind')} />
      <TextInput label="Label (optional)" value={label} onChange={(event) => setLabel(event.currentTarget.value)} error={fieldError(save.error, 'label')} />
      <Group grow gap="xs">
        <TextInput label="From" type="time" step={300} value={from} onChange={(event) => setFrom(event.currentTarget.value)} error={fieldError(save.error, 'start')} />
        <TextInput label="To" type="time" step={300} value={to} onChange={(event) => setTo(event.currentTarget.value)} error={fieldError(save.error, 'end')} />
      </Group>
      {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
      <Group gap="xs">
        <Button type="submit" loading={save.isPending}>Save block</Button>
        <Button color="red" variant="light" loading={remove.isPending} onClick={() => remove.mutate()}>Remove block</Button>
      </Group>
    </Stack>
  );
}
