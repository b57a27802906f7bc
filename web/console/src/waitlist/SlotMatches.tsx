/** Find the entries an open slot suits: pick a calendar, a date and a span, then offer from the list. */
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useCalendars } from '../api/queries';
import { parseLocalTime, todayIn, zonedInstant } from '../lib/zonedTime';
import type { OpenSlot } from './matchSlot';
import { SlotMatchList } from './SlotMatchList';

export function SlotMatches({ timeZone }: { timeZone: string }) {
  const calendars = useCalendars(undefined);
  const [calendarId, setCalendarId] = useState<string | null>(null);
  const [date, setDate] = useState(() => todayIn(timeZone));
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('10:00');
  const [slot, setSlot] = useState<OpenSlot>();
  const find = () => calendarId && setSlot({ calendarId, start: zonedInstant(date, parseLocalTime(from), timeZone), end: zonedInstant(date, parseLocalTime(to), timeZone) });
  return (
    <Stack gap="xs">
      <Group align="end" wrap="wrap" component="form" onSubmit={(event) => { event.preventDefault(); find(); }} aria-label="Find matches for an open slot">
        <Select label="Calendar" data={(calendars.data?.items ?? []).map((item) => ({ value: item.calendarId, label: item.name }))} value={calendarId} onChange={setCalendarId} w={200} />
        <TextInput label="Date" type="date" value={date} onChange={(event) => setDate(event.currentTarget.value)} w={150} />
        <TextInput label="From" type="time" value={from} onChange={(event) => setFrom(event.currentTarget.value)} w={110} />
        <TextInput label="To" type="time" value={to} onChange={(event) => setTo(event.currentTarget.value)} w={110} />
        <Button type="submit" disabled={!calendarId || from >= to}>Find matches</Button>
      </Group>
      {slot && <SlotMatchList slot={slot} timeZone={timeZone} />}
    </Stack>
  );
}
