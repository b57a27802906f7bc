/**
 * Corrections of an issued invoice: void it (with a reason) or issue a credit note for part or all
 * of what is owing; its credit notes are listed by number (`CN-000001`). The API refuses what the
 * ledger does not allow (e.g. voiding an invoice that has credit notes) and says why.
 */
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ApiError, errorText, fieldError } from '../api/apiError';
import { formatMoney, parseMoney } from './money';

type Invoice = Schemas['Invoice'];

export function CreditNoteList({ invoice }: { invoice: Invoice }) {
  if (!invoice.creditNotes?.length) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="credit-notes">
      {invoice.creditNotes.map((note) => `${note.creditNoteLabel} ${formatMoney(note.amountMinor, invoice.currency)} (${note.reason})`).join(' · ')}
    </Text>
  );
}

export function InvoiceActions({ invoice, onChanged }: { invoice: Invoice; onChanged(): Promise<unknown> }) {
  const [open, setOpen] = useState<'void' | 'credit'>();
  if (invoice.status !== 'issued' && invoice.status !== 'paid') return null;
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="nowrap">
        {/* An invoice credited by hand is not voided (the API answers 409): credit the rest instead. */}
        {invoice.status === 'issued' && !invoice.creditNotes?.some((note) => !note.chargeId) && <Button size="compact-xs" variant="light" color="red" onClick={() => setOpen(open === 'void' ? undefined : 'void')} aria-expanded={open === 'void'}>Void</Button>}
        {invoice.outstandingMinor > 0 && <Button size="compact-xs" variant="light" onClick={() => setOpen(open === 'credit' ? undefined : 'credit')} aria-expanded={open === 'credit'}>Credit note</Button>}
      </Group>
      {open === 'void' && <VoidForm invoice={invoice} onDone={async () => { setOpen(undefined); await onChanged(); }} />}
      {open === 'credit' && <CreditNoteForm invoice={invoice} onDone={async () => { setOpen(undefined); await onChanged(); }} />}
    </Stack>
  );
}

function unnamed(error: unknown, fields: string[]): string | undefined {
  if (!error) return undefined;
  return error instanceof ApiError && fields.some((field) => error.fieldMessage(field)) ? undefined : errorText(error);
}

function VoidForm({ invoice, onDone }: { invoice: Invoice; onDone(): Promise<void> }) {
  const [reason, setReason] = useState('');
  const voiding = useMutation({
    mutationFn: () => unwrap(api.POST('/api/invoices/{id}/void', { params: { path: { id: invoice.invoiceId } }, body: { reason: reason.trim() } })),
    onSuccess: onDone,
  });
  return (
    <Stack gap={4} component="form" aria-label={`Void ${invoice.invoiceLabel}`} onSubmit={(event) => { event.preventDefault(); voiding.mutate(); }}>
      <TextInput size="xs" label="Why is it void?" required value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldError(voiding.error, 'reason')} data-autofocus />
      {unnamed(voiding.error, ['reason']) && <Alert color="red" role="alert" p="xs">{unnamed(voiding.error, ['reason'])}</Alert>}
      <Group gap={4}><Button size="compact-xs" color="red" type="submit" loading={voiding.isPending}>Void invoice</Button></Group>
    </Stack>
  );
}

function CreditNoteForm({ invoice, onDone }: { invoice: Invoice; onDone(): Promise<void> }) {
  const [amount, setAmount] = useState((invoice.outstandingMinor / 100).toFixed(2));
  const [reason, setReason] = useState('');
  const credit = useMutation({
    mutationFn: () => {
      const amountMinor = parseMoney(amount);
      if (amountMinor === undefined || amountMinor <= 0) throw new ApiError(400, 'Enter an amount like 20.00.', undefined, [{ path: 'body.amountMinor', message: 'Enter an amount like 20.00.' }]);
      return unwrap(api.POST('/api/invoices/{id}/credit-notes', { params: { path: { id: invoice.invoiceId } }, body: { amountMinor, reason: reason.trim() } }));
    },
    onSuccess: onDone,
  });
  return (
    <Stack gap={4} component="form" aria-label={`Credit note for ${invoice.invoiceLabel}`} onSubmit={(event) => { event.preventDefault(); credit.mutate(); }}>
      <Group gap={4} grow align="flex-start">
        <TextInput size="xs" label={`Amount (${invoice.currency})`} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.currentTarget.value)} error={fieldError(credit.error, 'amountMinor')} />
        <TextInput size="xs" label="Reason" required value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldError(credit.error, 'reason')} />
      </Group>
      {unnamed(credit.error, ['amountMinor', 'reason']) && <Alert color="red" role="alert" p="xs">{unnamed(credit.error, ['amountMinor', 'reason'])}</Alert>}
      <Group gap={4}><Button size="compact-xs" type="submit" loading={credit.isPending}>Issue credit note</Button></Group>
    </Stack>
  );
}
