/** The case file's billing: balance, payers and authorizations, charges, invoices and the client's payments. */
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { errorText, ApiError } from '../api/apiError';
import type { Schemas } from '../api/client';
import { QueryState } from '../ui/QueryState';
import { useCaseBalance, useCaseBillingSetup, useCaseCharges, useCaseInvoices, useClientPayments, useRefreshBilling } from './billingQueries';
import { AddAuthorizationForm, AddPayerForm } from './PayerForms';
import { formatMoney } from './money';
import { openInvoicePdf } from './openInvoicePdf';
import { CreditNoteList, InvoiceActions } from './InvoiceActions';
import { RefundButton } from './RefundForm';
import { Link } from '../app/Link';
import { isInsurerPayment, paymentMethodLabel } from './paymentMethods';

export function CaseBilling({ caseFile }: { caseFile: Schemas['CaseFile'] }) {
  const { caseId, clientId } = caseFile;
  const balance = useCaseBalance(caseId);
  const setup = useCaseBillingSetup(caseId);
  const charges = useCaseCharges(caseId);
  const invoices = useCaseInvoices(caseId);
  const payments = useClientPayments(clientId);
  const [failure, setFailure] = useState<string>();
  const [addingPayer, setAddingPayer] = useState(false);
  const refresh = useRefreshBilling();
  if (balance.error instanceof ApiError && balance.error.status === 403) return null;
  const currency = balance.data?.currency ?? 'CAD';
  const payerName = (payerId: string) => setup.data?.payers.find((payer) => payer.payerId === payerId)?.name ?? '';

  return (
    <Stack gap="sm" aria-label="Billing">
      <Title order={2} size="h4">Billing</Title>
      {!balance.data ? <QueryState query={balance} label="the balance" /> : (
        <Group gap="md" data-testid="case-balance">
          <Text fw={600}>Balance {formatMoney(balance.data.receivableMinor, currency)}</Text>
          {balance.data.byPayer.map((row) => <Text key={row.payerId} size="sm">{row.payerName}: {formatMoney(row.receivableMinor, currency)}</Text>)}
          <Text size="sm" c="dimmed">Not invoiced {formatMoney(balance.data.uninvoicedMinor, currency)} · client credit {formatMoney(balance.data.clientCreditMinor, currency)}</Text>
        </Group>
      )}
      {setup.data && (
        <Table aria-label="Payers and authorizations">
          <Table.Thead><Table.Tr><Table.Th>Payer</Table.Th><Table.Th>Claim / policy</Table.Th><Table.Th>Authorized visits</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {setup.data.payers.length === 0 && <Table.Tr><Table.Td colSpan={3}>No payers yet.</Table.Td></Table.Tr>}
            {setup.data.payers.map((payer) => {
              const authorizations = setup.data.authorizations.filter((item) => item.payerId === payer.payerId);
              return (
                <Table.Tr key={payer.payerId}>
                  <Table.Td>{payer.name} <Badge size="xs" variant="light">{payer.kind.replace('_', ' ')}</Badge></Table.Td>
                  <Table.Td>{[payer.claimNumber, payer.policyNumber].filter(Boolean).join(' / ')}</Table.Td>
                  <Table.Td>{authorizations.map((item) => `${item.usedVisits}/${item.approvedVisits ?? '–'} used (${item.validFrom} to ${item.validTo})`).join('; ') || '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {setup.data && (
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => setAddingPayer(!addingPayer)}>{addingPayer ? 'Close' : 'Add payer or authorization'}</Button>
        </Group>
      )}
      {addingPayer && setup.data && (
        <Stack gap="xs">
          <AddPayerForm caseId={caseId} onDone={() => refresh(caseId)} />
          <AddAuthorizationForm caseId={caseId} payers={setup.data.payers.filter((payer) => payer.active)} onDone={() => refresh(caseId)} />
        </Stack>
      )}
      <Title order={3} size="h5">Charges</Title>
      {!charges.data ? <QueryState query={charges} label="charges" /> : (
        <Table aria-label="Charges of the case">
          <Table.Thead><Table.Tr><Table.Th>Date</Table.Th><Table.Th>Item</Table.Th><Table.Th>Payer</Table.Th><Table.Th>Total</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {charges.data.items.length === 0 && <Table.Tr><Table.Td colSpan={5}>No charges yet.</Table.Td></Table.Tr>}
            {charges.data.items.map((charge) => (
              <Table.Tr key={charge.chargeId}>
                <Table.Td>{charge.serviceDate}</Table.Td><Table.Td>{charge.description}</Table.Td><Table.Td>{payerName(charge.payerId)}</Table.Td>
                <Table.Td>{formatMoney(charge.totalMinor, currency)}</Table.Td><Table.Td>{charge.status}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} size="h5">Invoices</Title>
      {failure && <Text c="red" size="sm" role="alert">{failure}</Text>}
      {!invoices.data ? <QueryState query={invoices} label="invoices" /> : (
        <Table aria-label="Invoices of the case">
          <Table.Thead><Table.Tr><Table.Th>Invoice</Table.Th><Table.Th>Payer</Table.Th><Table.Th>Total</Table.Th><Table.Th>Owing</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {invoices.data.items.length === 0 && <Table.Tr><Table.Td colSpan={6}>No invoices yet.</Table.Td></Table.Tr>}
            {invoices.data.items.map((invoice) => (
              <Table.Tr key={invoice.invoiceId}>
                <Table.Td>{invoice.invoiceLabel}<CreditNoteList invoice={invoice} /></Table.Td><Table.Td>{invoice.payerName}</Table.Td>
                <Table.Td>{formatMoney(invoice.totalMinor, invoice.currency)}</Table.Td><Table.Td>{invoice.status === 'void' ? '—' : formatMoney(invoice.outstandingMinor, invoice.currency)}</Table.Td>
                <Table.Td>{invoice.status}</Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <Group><Button size="compact-xs" variant="default" onClick={() => openInvoicePdf(invoice.invoiceId).catch((error: unknown) => setFailure(errorText(error)))}>Open</Button></Group>
                    <InvoiceActions invoice={invoice} onChanged={() => refresh(caseId, clientId)} />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="space-between">
        <Title order={3} size="h5">Payments of the client</Title>
        <Link href={`/clients/${clientId}/statement`}>Client statement</Link>
      </Group>
      {!payments.data ? <QueryState query={payments} label="payments" /> : (
        <>
          <PaymentTable label="Payments of the client" payments={payments.data.items.filter((payment) => !isInsurerPayment(payment))} currency={currency} onRefunded={() => refresh(caseId, clientId)} />
          {payments.data.items.some(isInsurerPayment) && (
            <>
              {/* An insurer's remittance pays the insurer's invoices: it is not the client's money. */}
              <Title order={3} size="h5">Payments from insurers</Title>
              <PaymentTable label="Payments from insurers" payments={payments.data.items.filter(isInsurerPayment)} currency={currency} onRefunded={() => refresh(caseId, clientId)} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}

type ClientPayment = Schemas['Payment'];

function PaymentTable({ label, payments, currency, onRefunded }: { label: string; payments: ClientPayment[]; currency: string; onRefunded(): Promise<unknown> }) {
  return (
    <Table aria-label={label}>
      <Table.Thead><Table.Tr><Table.Th>Received</Table.Th><Table.Th>Method</Table.Th><Table.Th>Amount</Table.Th><Table.Th>To credit</Table.Th><Table.Th>Refunded</Table.Th><Table.Th /></Table.Tr></Table.Thead>
      <Table.Tbody>
        {payments.length === 0 && <Table.Tr><Table.Td colSpan={6}>No payments yet.</Table.Td></Table.Tr>}
        {payments.map((payment) => (
          <Table.Tr key={payment.paymentId}>
            <Table.Td>{payment.receivedOn}</Table.Td><Table.Td>{paymentMethodLabel(payment.method)}</Table.Td><Table.Td>{formatMoney(payment.amountMinor, currency)}</Table.Td>
            <Table.Td>{formatMoney(payment.toCreditMinor, currency)}</Table.Td><Table.Td>{formatMoney(payment.refundedMinor, currency)}</Table.Td>
            <Table.Td><RefundButton payment={payment} currency={currency} onDone={onRefunded} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
