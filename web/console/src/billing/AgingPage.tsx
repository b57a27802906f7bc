/** Accounts receivable aging per payer as of a date, in buckets 0-30, 31-60, 61-90 and 90+ days since issue. */
import { Stack, Table, Text, TextInput, Title, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { Link } from '../app/Link';
import { QueryState } from '../ui/QueryState';
import { AGING_BUCKETS } from './aging';
import { formatMoney } from './money';

export default function AgingPage() {
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const report = useQuery({ queryKey: ['aging', asOf], queryFn: () => unwrap(api.GET('/api/billing/aging', { params: { query: asOf ? { asOf } : {} } })) });
  const data = report.data;
  return (
    <Stack className="page" gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h3">Accounts receivable aging</Title>
        <TextInput label="As of" type="date" value={asOf} onChange={(event) => event.currentTarget.value && setAsOf(event.currentTarget.value)} />
      </Group>
      {!data ? <QueryState query={report} label="the aging report" /> : (
        <Table aria-label="Aging per payer" striped>
          <Table.Thead>
            <Table.Tr><Table.Th>Payer</Table.Th>{AGING_BUCKETS.map((bucket) => <Table.Th key={bucket}>{bucket} days</Table.Th>)}<Table.Th>Total</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.payers.length === 0 && <Table.Tr><Table.Td colSpan={AGING_BUCKETS.length + 2}>Nothing owing.</Table.Td></Table.Tr>}
            {data.payers.map((row) => (
              <Table.Tr key={`${row.caseId}-${row.payerId}`} data-payer-id={row.payerId}>
                <Table.Td><Link href={`/cases/${row.caseId}`}>{row.payerName}</Link></Table.Td>
                {AGING_BUCKETS.map((bucket) => <Table.Td key={bucket} data-bucket={bucket}>{formatMoney(row.buckets[bucket] ?? 0, data.currency)}</Table.Td>)}
                <Table.Td>{formatMoney(row.totalMinor, data.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr><Table.Th>Total</Table.Th>{AGING_BUCKETS.map((bucket) => <Table.Th key={bucket}>{formatMoney(data.totals[bucket] ?? 0, data.currency)}</Table.Th>)}<Table.Th>{formatMoney(Object.values(data.totals).reduce((sum, value) => sum + value, 0), data.currency)}</Table.Th></Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      <Text size="xs" c="dimmed">Issued invoices not yet paid or credited, by days since issue.</Text>
    </Stack>
  );
}
