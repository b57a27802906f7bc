/** A client's statement as of a date: invoices, payments, what is owed, client credit and its aging. */
import { Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { Link } from '../app/Link';
import { QueryState } from '../ui/QueryState';
import { AGING_BUCKETS } from './aging';
import { formatMoney } from './money';
import { paymentMethodLabel } from './paymentMethods';

export default function StatementPage({ clientId }: { clientId: string }) {
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const client = useQuery({ queryKey: ['client', clientId], queryFn: () => unwrap(api.GET('/api/clients/{id}', { params: { path: { id: clientId } } })) });
  const statement = useQuery({
    queryKey: ['statement', clientId, asOf],
    queryFn: () => unwrap(api.GET('/api/clients/{id}/statement', { params: { path: { id: clientId }, query: asOf ? { asOf } : {} } })),
  });
  const name = client.data ? `${client.data.client.firstName} ${client.data.client.lastName}` : 'Client';
  const data = statement.data;
  return (
    <Stack className="page" gap="md">
      <Text size="sm"><Link href={`/clients/${clientId}`}>{name}</Link> ›</Text>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h3">Statement · {name}</Title>
        <TextInput label="As of" type="date" value={asOf} onChange={(event) => event.currentTarget.value && setAsOf(event.currentTarget.value)} />
      </Group>
      {!data ? <QueryState query={statement} label="the statement" /> : (
        <>
          <Group gap="lg" data-testid="statement-totals">
            <Text fw={600}>Owing {formatMoney(data.receivableMinor, data.currency)}</Text>
            <Text>Client credit {formatMoney(data.clientCreditMinor, data.currency)}</Text>
            {AGING_BUCKETS.map((bucket) => <Text key={bucket} size="sm" c="dimmed">{bucket} days: {formatMoney(data.aging[bucket] ?? 0, data.currency)}</Text>)}
          </Group>
          <Title order={2} size="h4">Invoices</Title>
          <Table aria-label="Invoices on the statement">
            <Table.Thead><Table.Tr><Table.Th>Invoice</Table.Th><Table.Th>Payer</Table.Th><Table.Th>Issued</Table.Th><Table.Th>Due</Table.Th><Table.Th>Total</Table.Th><Table.Th>Paid</Table.Th><Table.Th>Credited</Table.Th><Table.Th>Owing</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {data.invoices.length === 0 && <Table.Tr><Table.Td colSpan={9}>No invoices.</Table.Td></Table.Tr>}
              {data.invoices.map((invoice) => (
                <Table.Tr key={invoice.invoiceId}>
                  <Table.Td><Link href={`/cases/${invoice.caseId}`}>{invoice.invoiceLabel}</Link></Table.Td>
                  <Table.Td>{invoice.payerName}</Table.Td><Table.Td>{invoice.issuedOn ?? ''}</Table.Td><Table.Td>{invoice.dueOn ?? ''}</Table.Td>
                  <Table.Td>{formatMoney(invoice.totalMinor, data.currency)}</Table.Td><Table.Td>{formatMoney(invoice.paidMinor, data.currency)}</Table.Td>
                  <Table.Td>{formatMoney(invoice.creditedMinor, data.currency)}</Table.Td><Table.Td>{formatMoney(invoice.outstandingMinor, data.currency)}</Table.Td>
                  <Table.Td>{invoice.status}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={2} size="h4">Payments</Title>
          <Table aria-label="Payments on the statement">
            <Table.Thead><Table.Tr><Table.Th>Received</Table.Th><Table.Th>Method</Table.Th><Table.Th>Amount</Table.Th><Table.Th>From credit</Table.Th><Table.Th>To credit</Table.Th><Table.Th>Refunded</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {data.payments.length === 0 && <Table.Tr><Table.Td colSpan={6}>No payments.</Table.Td></Table.Tr>}
              {data.payments.map((payment) => (
                <Table.Tr key={payment.paymentId}>
                  <Table.Td>{payment.receivedOn}</Table.Td><Table.Td>{paymentMethodLabel(payment.method)}</Table.Td>
                  <Table.Td>{formatMoney(payment.amountMinor, data.currency)}</Table.Td><Table.Td>{formatMoney(payment.fromCreditMinor, data.currency)}</Table.Td>
                  <Table.Td>{formatMoney(payment.toCreditMinor, data.currency)}</Table.Td><Table.Td>{formatMoney(payment.refundedMinor, data.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
