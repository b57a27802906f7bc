/** A case's communication log: visit notices and recorded calls and messages, newest first. */
import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { displayInstant } from '../lib/zonedTime';

const CHANNELS = ['phone', 'email', 'sms', 'letter', 'in_person', 'other'] as const;

export function CommunicationsTab({ caseId, timeZone }: { caseId: string; timeZone: string }) {
  const queryClient = useQueryClient();
  const log = useQuery({ queryKey: ['case-communications', caseId], queryFn: () => unwrap(api.GET('/api/cases/{id}/communications', { params: { path: { id: caseId } } })) });
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('phone');
  const [direction, setDirection] = useState<'inbound' | 'outbound'>('inbound');
  const [summary, setSummary] = useState('');
  const record = async () => {
    await unwrap(api.POST('/api/cases/{id}/communications', { params: { path: { id: caseId } }, body: { channel, direction, summary } }));
    setSummary('');
    await queryClient.invalidateQueries({ queryKey: ['case-communications', caseId] });
  };
  return (
    <Stack gap="sm">
      <Group align="end" wrap="wrap">
        <Select label="Channel" data={[...CHANNELS]} value={channel} onChange={(value) => value && setChannel(value as (typeof CHANNELS)[number])} w={140} />
        <Select label="Direction" data={['inbound', 'outbound']} value={direction} onChange={(value) => value && setDirection(value as 'inbound' | 'outbound')} w={140} />
        <Textarea label="Summary" value={summary} onChange={(event) => setSummary(event.currentTarget.value)} autosize minRows={1} style={{ flex: 1, minWidth: 220 }} />
        <Button onClick={() => void record()} disabled={!summary.trim()}>Record</Button>
      </Group>
      <Stack gap={4} component="ul" className="plain-list" aria-label="Communication log">
        {log.data?.items.length === 0 && <Text size="sm">Nothing yet.</Text>}
        {log.data?.items.map((item, index) => (
          <Text component="li" size="sm" key={index}>
            {displayInstant(item.at, timeZone)}{' '}
            {item.source === 'staff' ? (
              <><Badge variant="light">{item.channel} {item.direction}</Badge> {item.summary}</>
            ) : (
              <><Badge variant="light" color={item.outcome === 'failed' ? 'red' : item.outcome === 'sent' ? 'green' : 'gray'}>{item.outcome}</Badge> {item.kind} to {item.audience}{item.appointmentStart ? ` for the visit on ${displayInstant(item.appointmentStart, timeZone)}` : ''}{item.failure ? ` (${item.failure})` : ''}</>
            )}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
