/**
 * Repeat an appointment weekly: choose weekdays and how many, check every date against availability
 * (the preview), then book the dates kept as one series. Dates that are not free are shown with why.
 */
import { Alert, Button, Checkbox, Chip, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { errorText } from '../api/apiError';
import { displayInstant } from '../lib/zonedTime';

type Weekday = Schemas['RepeatPattern']['weekdays'][number];
const WEEKDAYS: { value: Weekday; label: string }[] = [
  { value: 'MO', label: 'Mon' }, { value: 'TU', label: 'Tue' }, { value: 'WE', label: 'Wed' }, { value: 'TH', label: 'Thu' }, { value: 'FR', label: 'Fri' }, { value: 'SA', label: 'Sat' }, { value: 'SU', label: 'Sun' },
];

export function RepeatForm({ appointmentId, weekday, timeZone, onDone }: { appointmentId: string; weekday: Weekday; timeZone: string; onDone(message: string): void }) {
  const queryClient = useQueryClient();
  const [weekdays, setWeekdays] = useState<Weekday[]>([weekday]);
  const [count, setCount] = useState(6);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const pattern = { weekdays, count, intervalWeeks: 1 };
  const preview = useMutation({
    mutationFn: () => unwrap(api.POST('/api/appointments/{id}/repeat/preview', { params: { path: { id: appointmentId } }, body: { pattern } })),
    // The first occurrence is the appointment itself; the others are kept when they are free.
    onSuccess: (result) => setChosen(new Set(result.occurrences.slice(1).filter((item) => item.bookable).map((item) => item.date))),
  });
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/api/appointments/{id}/repeat', { params: { path: { id: appointmentId } }, body: { pattern, dates: [...chosen] } })),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['day-view'] });
      onDone(`Booked ${result.items.length} more as a series.`);
    },
  });
  return (
    <Stack gap={6} aria-label="Repeat">
      <Chip.Group multiple value={weekdays} onChange={(value) => setWeekdays(value as Weekday[])}>
        <Group gap={4}>{WEEKDAYS.map((day) => <Chip key={day.value} size="xs" value={day.value}>{day.label}</Chip>)}</Group>
      </Chip.Group>
      <NumberInput label="Occurrences in all" min={2} max={52} w={160} value={count} onChange={(value) => setCount(Number(value) || 2)} />
      <Group gap="xs"><Button size="xs" variant="light" onClick={() => preview.mutate()} loading={preview.isPending} disabled={weekdays.length === 0}>Check dates</Button></Group>
      {preview.error && <Alert color="red" role="alert" p="xs">{errorText(preview.error)}</Alert>}
      {preview.data && (
        <Stack gap={2}>
          {preview.data.occurrences.slice(1).map((item) => (
            <Checkbox
              key={item.date}
              size="xs"
              label={`${displayInstant(item.start, timeZone)}${item.bookable ? '' : ` (not free: ${item.explanations.flatMap((explanation) => explanation.reasons).map((reason) => reason.message).slice(0, 2).join('; ')})`}`}
              checked={chosen.has(item.date)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.currentTarget.checked) next.add(item.date);
                else next.delete(item.date);
                setChosen(next);
              }}
            />
          ))}
          {confirm.error && <Alert color="red" role="alert" p="xs">{errorText(confirm.error)}</Alert>}
          <Group gap="xs" mt={4}><Button size="xs" onClick={() => confirm.mutate()} loading={confirm.isPending} disabled={chosen.size === 0}>Book {chosen.size} dates</Button></Group>
          {chosen.size === 0 && <Text size="xs" c="dimmed">Tick the dates to book.</Text>}
        </Stack>
      )}
    </Stack>
  );
}
