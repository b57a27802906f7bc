/**
 * Arrive, bill, collect (SPEC K4, B2-B5) without leaving the appointment: after Arrived the
 * session's default charges appear (made by the API in the background) to confirm or adjust; then
 * an invoice per payer of the case's uninvoiced charges; then a payment against the outstanding
 * invoices. The appointment turns Paid when its invoices are paid; the case balance shows below.
 */
import { Alert, Badge, Button, Checkbox, Divider, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ApiError, errorText, fieldError } from '../api/apiError';
import { useCaseBalance, useCaseBillingSetup, useCaseCharges, useCaseInvoices, useClientPayments, useRefreshBilling } from './billingQueries';
import { chargesMayBeComing, pendingChargesText } from './pendingCharges';
import { RefundButton } from './RefundForm';
import { ChargeRow } from './ChargeRow';
import { formatMoney, parseMoney } from './money';
import { openInvoicePdf } from './openInvoicePdf';
import { defaultPaymentMethod, PAYMENT_METHOD_CHOICES, paymentMethodLabel } from './paymentMethods';
import { CreditNoteList, InvoiceActions } from './InvoiceActions';

type Appointment = Schemas['Appointment'];
type Invoice = Schemas['Invoice'];

const BILLED = new Set(['arrived', 'paid', 'no_show', 'canceled']);

export function AppointmentBilling({ appointment }: { appointment: Appointment }) {
  const { caseId, clientId, appointmentId } = appointment;
  const refresh = useRefreshBilling();
  const setup = useCaseBillingSetup(caseId);
  const charges = useCaseCharges(caseId);
  const mine = useMemo(() => (charges.data?.items ?? []).filter((charge) => charge.appointmentId === appointmentId && charge.status !== 'removed'), [charges.data, appointmentId]);
  // Charges of an arrival, a no-show or a late cancel are made in the background: while the change is recent, show them as
  // pending and look again until they are there. A change made while the panel is open (a move opens the new visit's) counts
  // from when the panel saw it, so a desk clock ahead of the server's does not skip the wait.
  const pendingFee = pendingChargesText(appointment);
  const change = `${appointmentId}:${appointment.statusChangedAt}`;
  const [firstChange] = useState(change);
  const [seen, setSeen] = useState<{ change: string; at: number }>();
  useEffect(() => {
    if (change !== firstChange) setSeen({ change, at: Date.now() });
  }, [change, firstChange]);
  const seenAt = seen?.change === change ? seen.at : undefined;
  const waiting = pendingFee !== undefined && charges.isSuccess && mine.length === 0 && chargesMayBeComing({ statusChangedAt: appointment.statusChangedAt, seenAt }, Date.now());
  useCaseCharges(caseId, waiting ? 700 : false);
  const invoices = useCaseInvoices(caseId);
  const balance = useCaseBalance(caseId);
  const payments = useClientPayments(clientId);
  const [confirmed, setConfirmed] = useState(false);
  const [paidAt, setPaidAt] = useState<number>();
  // The visit turns Paid in the background once its invoices are paid: look again until it has (at most a minute).
  const awaitingPaid = paidAt !== undefined && appointment.status !== 'paid' && Date.now() - paidAt < 60_000;
  useQuery({
    queryKey: ['appointment', appointmentId],
    enabled: awaitingPaid,
    refetchInterval: awaitingPaid ? 700 : false,
    queryFn: () => unwrap(api.GET('/api/appointments/{id}', { params: { path: { id: appointmentId } } })),
  });
  const queryClient = useQueryClient();
  // Paid (or rolled back) in the background: the grid and the balance follow.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['day-view'] });
    void refresh(caseId);
  }, [appointment.status]);

  if (!BILLED.has(appointment.status) && !mine.length) return null;
  if (charges.error instanceof ApiError && charges.error.status === 403) return null;
  const currency = balance.data?.currency ?? 'CAD';
  const payerName = (payerId: string) => setup.data?.payers.find((payer) => payer.payerId === payerId)?.name ?? 'Payer';
  const openCharges = (charges.data?.items ?? []).filter((charge) => charge.status === 'open');
  const showInvoiceStep = confirmed || mine.every((charge) => charge.status !== 'open') || appointment.status === 'paid';
  const outstanding = (invoices.data?.items ?? []).filter((invoice) => invoice.status === 'issued' && invoice.outstandingMinor > 0);
  const visitInvoices = (invoices.data?.items ?? []).filter((invoice) => invoice.lines.some((line) => line.appointmentId === appointmentId));

  return (
    <Stack gap="sm" className="appointment-billing" aria-label="Billing">
      <Divider label="Billing" labelPosition="left" />
      <Title order={3} size="h6">Charges of this visit</Title>
      {charges.isError && <Alert color="red" role="alert">{errorText(charges.error)}</Alert>}
      {mine.length === 0 && (waiting || charges.isPending) && <Text size="sm" role="status" data-testid="charges-pending">{pendingFee ?? 'Preparing the session’s charges…'}</Text>}
      {mine.length === 0 && !waiting && charges.isSuccess && <Text size="sm" c="dimmed">{appointment.status === 'arrived' || appointment.status === 'paid' ? 'No charges for this visit (the session has no billing items).' : 'No charges for this visit.'}</Text>}
      {mine.length > 0 && (
        <Table aria-label="Charges of this visit" verticalSpacing={4}>
          <Table.Thead><Table.Tr><Table.Th>Item</Table.Th><Table.Th>Qty</Table.Th><Table.Th>Price</Table.Th><Table.Th>Total</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {mine.map((charge) => <ChargeRow key={`${charge.chargeId}-${charge.updatedAt}`} charge={charge} payerName={payerName(charge.payerId)} currency={currency} onChanged={() => refresh(caseId)} />)}
          </Table.Tbody>
        </Table>
      )}
      {mine.some((charge) => charge.status === 'open') && !confirmed && <Button size="xs" onClick={() => setConfirmed(true)}>Confirm charges</Button>}

      {showInvoiceStep && openCharges.length > 0 && <InvoiceStep caseId={caseId} openCharges={openCharges} payerName={payerName} currency={currency} onDone={() => refresh(caseId)} />}
      {visitInvoices.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h6">Invoices</Title>
          {visitInvoices.map((invoice) => <InvoiceLine key={invoice.invoiceId} invoice={invoice} onChanged={() => refresh(caseId, clientId)} />)}
        </Stack>
      )}
      {visitPayments(payments.data?.items ?? [], visitInvoices).length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h6">Payments</Title>
          {visitPayments(payments.data?.items ?? [], visitInvoices).map((payment) => (
            <Stack key={payment.paymentId} gap={2} data-payment-id={payment.paymentId}>
              <Text size="sm">
                {payment.receivedOn} · {paymentMethodLabel(payment.method)} · {formatMoney(payment.amountMinor, currency)}
                {payment.refundedMinor > 0 ? ` · ${formatMoney(payment.refundedMinor, currency)} refunded` : ''}
              </Text>
              <RefundButton payment={payment} currency={currency} onDone={() => refresh(caseId, clientId)} />
            </Stack>
          ))}
        </Stack>
      )}
      {outstanding.length > 0 && <PaymentStep clientId={clientId} invoices={outstanding} payerKind={(payerId) => setup.data?.payers.find((payer) => payer.payerId === payerId)?.kind} currency={currency} onPaid={() => setPaidAt(Date.now())} onDone={() => refresh(caseId, clientId)} />}
      {balance.data && (
        <Group gap="xs" data-testid="case-balance">
          <Text size="sm" fw={600}>Case balance: {formatMoney(balance.data.receivableMinor, currency)}</Text>
          {balance.data.uninvoicedMinor > 0 && <Text size="xs" c="dimmed">+ {formatMoney(balance.data.uninvoicedMinor, currency)} not invoiced</Text>}
          {balance.data.clientCreditMinor > 0 && <Badge size="sm" variant="light" color="green">Credit {formatMoney(balance.data.clientCreditMinor, currency)}</Badge>}
        </Group>
      )}
    </Stack>
  );
}

/** The client's payments that went to this visit's invoices. */
function visitPayments(payments: Schemas['Payment'][], invoices: Invoice[]): Schemas['Payment'][] {
  const ids = new Set(invoices.map((invoice) => invoice.invoiceId));
  return payments.filter((payment) => payment.allocations.some((allocation) => ids.has(allocation.invoiceId)));
}

function InvoiceStep({ caseId, openCharges, payerName, currency, onDone }: { caseId: string; openCharges: Schemas['Charge'][]; payerName(id: string): string; currency: string; onDone(): Promise<unknown> }) {
  const byPayer = new Map<string, Schemas['Charge'][]>();
  for (const charge of openCharges) byPayer.set(charge.payerId, [...(byPayer.get(charge.payerId) ?? []), charge]);
  const create = useMutation({
    mutationFn: async (payerId: string) => {
      const draft = await unwrap(api.POST('/api/cases/{id}/invoices', { params: { path: { id: caseId } }, body: { payerId } }));
      return unwrap(api.POST('/api/invoices/{id}/issue', { params: { path: { id: draft.invoiceId } } }));
    },
    onSettled: onDone,
  });
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">Uninvoiced charges of the case</Title>
      {[...byPayer].map(([payerId, list]) => (
        <Group key={payerId} justify="space-between" wrap="nowrap">
          <Text size="sm">{payerName(payerId)}: {list.length} charge{list.length === 1 ? '' : 's'}, {formatMoney(list.reduce((sum, charge) => sum + charge.totalMinor, 0), currency)}</Text>
          <Button size="xs" onClick={() => create.mutate(payerId)} loading={create.isPending && create.variables === payerId}>Create invoice</Button>
        </Group>
      ))}
      {create.error && <Alert color="red" role="alert" p="xs">{errorText(create.error)}</Alert>}
    </Stack>
  );
}

function InvoiceLine({ invoice, onChanged }: { invoice: Invoice; onChanged(): Promise<unknown> }) {
  const [failure, setFailure] = useState<string>();
  const issue = useMutation({ mutationFn: () => unwrap(api.POST('/api/invoices/{id}/issue', { params: { path: { id: invoice.invoiceId } } })), onSettled: onChanged });
  return (
    <Stack gap={2} data-invoice-id={invoice.invoiceId}>
    <Group gap="xs" justify="space-between" wrap="nowrap">
      <Text size="sm">
        {invoice.invoiceLabel} · {invoice.payerName} · {formatMoney(invoice.totalMinor, invoice.currency)}
        {invoice.outstandingMinor > 0 && invoice.status === 'issued' ? ` · ${formatMoney(invoice.outstandingMinor, invoice.currency)} owing` : ''}
      </Text>
      <Group gap={4} wrap="nowrap">
        <Badge size="sm" variant="light" color={invoice.status === 'paid' ? 'green' : invoice.status === 'void' ? 'gray' : 'blue'} data-testid="invoice-status">{invoice.status}</Badge>
        {invoice.status === 'draft' && <Button size="compact-xs" onClick={() => issue.mutate()} loading={issue.isPending}>Issue</Button>}
        <Button size="compact-xs" variant="default" onClick={() => openInvoicePdf(invoice.invoiceId).catch((error: unknown) => setFailure(errorText(error)))}>Open</Button>
      </Group>
    </Group>
      {(failure || issue.error) && <Text size="xs" c="red" role="alert">{failure ?? errorText(issue.error)}</Text>}
      <CreditNoteList invoice={invoice} />
      <InvoiceActions invoice={invoice} onChanged={onChanged} />
    </Stack>
  );
}

function PaymentStep({ clientId, invoices, payerKind, currency, onPaid, onDone }: { clientId: string; invoices: Invoice[]; payerKind(payerId: string): Schemas['Payer']['kind'] | undefined; currency: string; onPaid(): void; onDone(): Promise<unknown> }) {
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(invoices.map((invoice) => invoice.invoiceId)));
  const due = invoices.filter((invoice) => chosen.has(invoice.invoiceId)).reduce((sum, invoice) => sum + invoice.outstandingMinor, 0);
  const [amount, setAmount] = useState((due / 100).toFixed(2));
  const chosenKinds = invoices.filter((invoice) => chosen.has(invoice.invoiceId)).map((invoice) => payerKind(invoice.payerId));
  const suggested = defaultPaymentMethod(chosenKinds);
  const [method, setMethod] = useState<string>(suggested);
  useEffect(() => setAmount((due / 100).toFixed(2)), [due]);
  // The method follows who pays: an insurer's invoices are paid by its remittance.
  useEffect(() => setMethod(suggested), [suggested]);
  const pay = useMutation({
    mutationFn: () => {
      const amountMinor = parseMoney(amount);
      if (amountMinor === undefined) throw new ApiError(400, 'Enter an amount like 113.00.', undefined, [{ path: 'body.amountMinor', message: 'Enter an amount like 113.00.' }]);
      let left = amountMinor;
      const allocations = invoices
        .filter((invoice) => chosen.has(invoice.invoiceId))
        .map((invoice) => {
          const part = Math.min(left, invoice.outstandingMinor);
          left -= part;
          return { invoiceId: invoice.invoiceId, amountMinor: part };
        })
        .filter((allocation) => allocation.amountMinor > 0);
      return unwrap(api.POST('/api/payments', { body: { clientId, amountMinor, method: method as Schemas['CreatePayment']['method'], allocations } }));
    },
    onSuccess: onPaid,
    onSettled: onDone,
  });
  return (
    <Stack gap={6} component="form" aria-label="Record payment" onSubmit={(event) => { event.preventDefault(); pay.mutate(); }}>
      <Title order={3} size="h6">Record payment</Title>
      {invoices.map((invoice) => (
        <Checkbox
          key={invoice.invoiceId}
          label={`${invoice.invoiceLabel} · ${invoice.payerName} · ${formatMoney(invoice.outstandingMinor, invoice.currency)} owing`}
          checked={chosen.has(invoice.invoiceId)}
          onChange={(event) => {
            const next = new Set(chosen);
            if (event.currentTarget.checked) next.add(invoice.invoiceId);
            else next.delete(invoice.invoiceId);
            setChosen(next);
          }}
        />
      ))}
      <Group grow gap="xs" align="flex-start">
        <TextInput label={`Amount (${currency})`} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.currentTarget.value)} error={fieldError(pay.error, 'amountMinor')} />
        <NativeSelect label="Method" value={method} onChange={(event) => setMethod(event.currentTarget.value)} data={PAYMENT_METHOD_CHOICES} error={fieldError(pay.error, 'method')} />
      </Group>
      {pay.error && !fieldError(pay.error, 'amountMinor') && <Alert color="red" role="alert" p="xs">{errorText(pay.error)}</Alert>}
      <Group><Button type="submit" size="xs" loading={pay.isPending}>Record payment</Button></Group>
    </Stack>
  );
}
