/** Add a payer to a case (with its share of each charge) and record an authorization for one. */
import { Alert, Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';
import { parseMoney } from './money';

type PayerKind = Schemas['CreatePayer']['kind'];
const PAYER_KINDS: { value: PayerKind; label: string }[] = [
  { value: 'client', label: 'Client' },
  { value: 'insurer', label: 'Insurer' },
  { value: 'motor_vehicle', label: 'Motor vehicle insurer' },
  { value: 'workers_compensation', label: "Workers' compensation" },
  { value: 'third_party', label: 'Third party' },
];

export function AddPayerForm({ caseId, onDone }: { caseId: string; onDone(): Promise<unknown> }) {
  const [form, setForm] = useState({ kind: 'insurer' as PayerKind, name: '', claimNumber: '', policyNumber: '', coverage: 'remainder', share: '' });
  const add = useMutation({
    mutationFn: () => {
      const coverage: Schemas['Coverage'] =
        form.coverage === 'percent' ? { kind: 'percent', basisPoints: Math.round(Number(form.share) * 100) } : form.coverage === 'fixed' ? { kind: 'fixed', amountMinor: parseMoney(form.share) ?? -1 } : { kind: 'remainder' };
      return unwrap(api.POST('/api/cases/{id}/payers', {
        params: { path: { id: caseId } },
        body: { kind: form.kind, name: form.name.trim(), coverage, ...(form.claimNumber.trim() ? { claimNumber: form.claimNumber.trim() } : {}), ...(form.policyNumber.trim() ? { policyNumber: form.policyNumber.trim() } : {}) },
      }));
    },
    onSuccess: async () => {
      setForm({ ...form, name: '', claimNumber: '', policyNumber: '', share: '' });
      await onDone();
    },
  });
  return (
    <Paper withBorder p="sm" component="form" aria-label="Add payer" onSubmit={(event) => { event.preventDefault(); add.mutate(); }}>
      <Stack gap="xs">
        <Title order={4} size="h6">Add payer</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <NativeSelect label="Kind" value={form.kind} onChange={(event) => setForm({ ...form, kind: event.currentTarget.value as PayerKind })} data={PAYER_KINDS} error={fieldError(add.error, 'kind')} />
          <TextInput label="Name" required value={form.name} onChange={(event) => setForm({ ...form, name: event.currentTarget.value })} error={fieldError(add.error, 'name')} />
          <TextInput label="Claim number" value={form.claimNumber} onChange={(event) => setForm({ ...form, claimNumber: event.currentTarget.value })} error={fieldError(add.error, 'claimNumber')} />
          <TextInput label="Policy number" value={form.policyNumber} onChange={(event) => setForm({ ...form, policyNumber: event.currentTarget.value })} error={fieldError(add.error, 'policyNumber')} />
          <NativeSelect label="Pays" value={form.coverage} onChange={(event) => setForm({ ...form, coverage: event.currentTarget.value })} data={[{ value: 'remainder', label: 'What the others do not' }, { value: 'percent', label: 'A percentage' }, { value: 'fixed', label: 'A fixed amount per charge' }]} />
          {form.coverage !== 'remainder' && (
            <TextInput label={form.coverage === 'percent' ? 'Percent' : 'Amount'} value={form.share} onChange={(event) => setForm({ ...form, share: event.currentTarget.value })} error={fieldError(add.error, 'coverage.basisPoints') ?? fieldError(add.error, 'coverage.amountMinor')} />
          )}
        </SimpleGrid>
        {unnamedError(add.error) && <Alert color="red" role="alert" p="xs">{unnamedError(add.error)}</Alert>}
        <Group><Button size="xs" type="submit" loading={add.isPending}>Add payer</Button></Group>
      </Stack>
    </Paper>
  );
}

export function AddAuthorizationForm({ caseId, payers, onDone }: { caseId: string; payers: Schemas['Payer'][]; onDone(): Promise<unknown> }) {
  const [form, setForm] = useState({ payerId: '', approvedVisits: 10, validFrom: new Date().toISOString().slice(0, 10), validTo: '', reference: '' });
  const payerId = form.payerId || payers[0]?.payerId || '';
  const add = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/cases/{id}/authorizations', {
        params: { path: { id: caseId } },
        body: { payerId, approvedVisits: form.approvedVisits, validFrom: form.validFrom, validTo: form.validTo, ...(form.reference.trim() ? { reference: form.reference.trim() } : {}) },
      })),
    onSuccess: onDone,
  });
  if (payers.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="form" aria-label="Add authorization" onSubmit={(event) => { event.preventDefault(); add.mutate(); }}>
      <Stack gap="xs">
        <Title order={4} size="h6">Add authorization</Title>
        <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs">
          <NativeSelect label="Payer" value={payerId} onChange={(event) => setForm({ ...form, payerId: event.currentTarget.value })} data={payers.map((payer) => ({ value: payer.payerId, label: payer.name }))} error={fieldError(add.error, 'payerId')} />
          <NumberInput label="Approved visits" min={1} value={form.approvedVisits} onChange={(value) => setForm({ ...form, approvedVisits: Number(value) || 1 })} error={fieldError(add.error, 'approvedVisits')} />
          <TextInput label="Valid from" type="date" value={form.validFrom} onChange={(event) => setForm({ ...form, validFrom: event.currentTarget.value })} error={fieldError(add.error, 'validFrom')} />
          <TextInput label="Valid to" type="date" required value={form.validTo} onChange={(event) => setForm({ ...form, validTo: event.currentTarget.value })} error={fieldError(add.error, 'validTo')} />
          <TextInput label="Reference" value={form.reference} onChange={(event) => setForm({ ...form, reference: event.currentTarget.value })} error={fieldError(add.error, 'reference')} />
        </SimpleGrid>
        {unnamedError(add.error) && <Alert color="red" role="alert" p="xs">{unnamedError(add.error)}</Alert>}
        <Group><Button size="xs" type="submit" loading={add.isPending}>Add authorization</Button></Group>
      </Stack>
    </Paper>
  );
}
