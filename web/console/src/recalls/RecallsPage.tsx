/** Clients due back under a recall rule: upcoming, due (no message could go), sent, satisfied by a booking; the desk dismisses what it will not pursue. */
import { Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from '../app/Link';
import { QueryState } from '../ui/QueryState';
import { RecallRulesEditor } from './RecallRulesEditor';
import { type RecallFilter, useRecallChanges, useRecalls } from './recallQueries';

const STATUS_OPTIONS = [{ value: 'due', label: 'Due' }, { value: 'sent', label: 'Sent' }, { value: 'upcoming', label: 'Upcoming' }, { value: 'satisfied', label: 'Satisfied' }, { value: 'any', label: 'All' }];

export default function RecallsPage() {
  const [filter, setFilter] = useState<RecallFilter>({ status: 'due', dismissed: 'false' });
  const recalls = useRecalls(filter);
  const { dismiss } = useRecallChanges();
  return (
    <Stack className="page" gap="md">
      <Title order={1} size="h3">Recalls</Title>
      <Group gap="sm">
        <SegmentedControl aria-label="Recall status" value={filter.status ?? 'any'} onChange={(value) => setFilter({ ...filter, status: value === 'any' ? undefined : (value as RecallFilter['status']) })} data={STATUS_OPTIONS} />
        <SegmentedControl aria-label="Dismissed" value={filter.dismissed} onChange={(value) => setFilter({ ...filter, dismissed: value as RecallFilter['dismissed'] })} data={[{ value: 'false', label: 'Active' }, { value: 'true', label: 'Dismissed' }, { value: 'all', label: 'Both' }]} />
      </Group>
      {!recalls.data ? <QueryState query={recalls} label="recalls" /> : recalls.data.items.length === 0 ? <Text>No recalls here.</Text> : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Recalls">
            <Table.Thead><Table.Tr><Table.Th>Case</Table.Th><Table.Th>Rule</Table.Th><Table.Th>Due</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {recalls.data.items.map((recall) => (
                <Table.Tr key={recall.recallId}>
                  <Table.Td><Link href={`/cases/${recall.caseId}`}>Open case</Link></Table.Td>
                  <Table.Td>{recall.ruleName}</Table.Td>
                  <Table.Td>{recall.dueAt.slice(0, 10)}</Table.Td>
                  <Table.Td>{recall.status}{recall.dismissed ? ' (dismissed)' : ''}{recall.taskRaisedAt ? ' · task raised' : ''}</Table.Td>
                  <Table.Td>{!recall.dismissed && recall.status !== 'satisfied' && <Button size="xs" variant="default" loading={dismiss.isPending && dismiss.variables === recall.recallId} onClick={() => dismiss.mutate(recall.recallId)}>Dismiss</Button>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RecallRulesEditor />
    </Stack>
  );
}
