/** Refund part or all of a payment (its credit first, then its invoices, which reopen), with a reason. */
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ApiError, errorText, fieldError } from '../api/apiError';
import { parseMoney } from './money';
import { refundable } from './refundable';

type Payment = Schemas['Payment'];

export function RefundButton({ payment, currency, onDone }: { payment: Payment; currency: string; onDone(): Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  if (refundable(payment) === 0) return null;
  return (
    <Stack gap={4}>
      <Group><Button size="compact-xs" variant="light" onClick={() => setOpen(!open)} aria-expanded={open}>Refund</Button></Group>
      {open && <RefundForm payment={payment} currency={currency} onDone={async () => { setOpen(false); await onDone(); }} />}
    </Stack>
  );
}

function RefundForm({ payment, currency, onDone }: { payment: Payment; currency: string; onDone(): Promise<void> }) {
  const [amount, setAmount] = useState((refundable(payment) / 100).toFixed(2));
  const [reason, setReason] = useState('');
  const refund = useMutation({
    mutationFn: () => {
      const amountMinor = parseMoney(amount);
      if (amountMinor === undefined || amountMinor <= 0) throw new ApiError(400, 'Enter an amount like 20.00.', undefined, [{ path: 'body.amountMinor', message: 'Enter an amount like 20.00.' }]);
      return unwrap(api.POST('/api/payments/{id}/refunds', { params: { path: { id: payment.paymentId } }, body: { amountMinor, reason: reason.trim() } }));
    },
    onSuccess: onDone,
  });
  const other = refund.error && !(refund.error instanceof ApiError && (refund.error.fieldMessage('amountMinor') || refund.error.fieldMessage('reason'))) ? errorText(refund.error) : undefined;
  return (
    <Stack gap={4} component="form" aria-label="Refund payment" onSubmit={(event) => { event.preventDefault(); refund.mutate(); }}>
      <Group gap={4} grow align="flex-start">
        <TextInput size="xs" label={`Refund (${currency})`} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.currentTarget.value)} error={fieldError(refund.error, 'amountMinor')} />
        <TextInput size="xs" label="Reason" required value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldError(refund.error, 'reason')} />
      </Group>
      {other && <Alert color="red" role="alert" p="xs">{other}</Alert>}
      <Group gap={4}><Button size="compact-xs" type="submit" color="orange" loading={refund.isPending}>Refund payment</Button></Group>
    </Stack>
  );
}
