/**
 * The clinic's billing policy (SPEC B1-B5): currency, tax rates by code, the No Show and
 * late-cancellation fee items, booking past an authorization (warn or refuse), the remaining-visits
 * alert threshold and payment terms. The API's field errors show at their fields (`taxRates.1.basisPoints`).
 */
import { ActionIcon, Alert, Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ApiError, errorText, fieldError } from '../api/apiError';
import { QueryState } from '../ui/QueryState';
import { percentToBasisPoints } from '../billing/money';

type Policy = Schemas['BillingPolicy'];
interface TaxDraft { code: string; name: string; percent: string }

export function BillingPolicyForm() {
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: ['billing-policy'], queryFn: () => unwrap(api.GET('/api/billing/policy')) });
  const items = useQuery({ queryKey: ['billing-items'], queryFn: () => unwrap(api.GET('/api/billing-items', { params: { query: { limit: 100 } } })) });
  const [draft, setDraft] = useState<Omit<Policy, 'taxRates'> & { taxRates: TaxDraft[] }>();
  useEffect(() => {
    if (current.data) setDraft({ ...current.data, taxRates: current.data.taxRates.map((rate) => ({ code: rate.code, name: rate.name, percent: String(rate.basisPoints / 100) })) });
  }, [current.data]);
  const save = useMutation({
    mutationFn: (policy: Policy) => unwrap(api.PUT('/api/billing/policy', { body: policy })),
    onSuccess: (result) => queryClient.setQueryData(['billing-policy'], result),
  });
  if (!draft) return <QueryState query={current} label="the billing policy" />;

  const itemOptions = [{ value: '', label: 'No fee' }, ...(items.data?.items ?? []).map((item) => ({ value: item.billingItemId, label: `${item.code} · ${item.description}` }))];
  const setRate = (index: number, change: Partial<TaxDraft>) => setDraft({ ...draft, taxRates: draft.taxRates.map((rate, at) => (at === index ? { ...rate, ...change } : rate)) });
  const submit = () =>
    save.mutate({
      ...draft,
      currency: draft.currency.trim().toUpperCase(),
      taxRates: draft.taxRates.map((rate) => ({ code: rate.code.trim(), name: rate.name.trim(), basisPoints: percentToBasisPoints(rate.percent) })),
      noShowFeeItemId: draft.noShowFeeItemId || null,
      lateCancelFeeItemId: draft.lateCancelFeeItemId || null,
    });
  const named = ['currency', 'noShowFeeItemId', 'lateCancelFeeItemId', 'authorizationOverrun', 'remainingVisitsAlertThreshold', 'paymentTermsDays'];
  const unnamed = save.error && !(save.error instanceof ApiError && save.error.fieldErrors.some((error) => error.path.includes('taxRates') || named.some((field) => error.path.endsWith(field)))) ? errorText(save.error) : undefined;
  const taxListError = save.error instanceof ApiError ? save.error.fieldErrors.find((error) => /taxRates$/.test(error.path))?.message : undefined;

  return (
    <Stack gap="md" component="form" aria-label="Billing policy" onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <Title order={2} size="h4">Billing policy</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        <TextInput label="Currency" description="ISO code, e.g. CAD" maxLength={3} value={draft.currency} onChange={(event) => setDraft({ ...draft, currency: event.currentTarget.value })} error={fieldError(save.error, 'currency')} />
        <NumberInput label="Payment terms (days)" min={0} max={365} value={draft.paymentTermsDays} onChange={(value) => setDraft({ ...draft, paymentTermsDays: Number(value) })} error={fieldError(save.error, 'paymentTermsDays')} />
        <NativeSelect label="Booking past an authorization" value={draft.authorizationOverrun} onChange={(event) => setDraft({ ...draft, authorizationOverrun: event.currentTarget.value as Policy['authorizationOverrun'] & string })} data={[{ value: 'warn', label: 'Warn and book' }, { value: 'block', label: 'Refuse the booking' }]} error={fieldError(save.error, 'authorizationOverrun')} />
        <NumberInput label="Alert when visits left reach" min={0} max={100} value={draft.remainingVisitsAlertThreshold} onChange={(value) => setDraft({ ...draft, remainingVisitsAlertThreshold: Number(value) })} error={fieldError(save.error, 'remainingVisitsAlertThreshold')} />
        <NativeSelect label="No Show fee" value={draft.noShowFeeItemId ?? ''} onChange={(event) => setDraft({ ...draft, noShowFeeItemId: event.currentTarget.value || null })} data={itemOptions} error={fieldError(save.error, 'noShowFeeItemId')} />
        <NativeSelect label="Late-cancellation fee" value={draft.lateCancelFeeItemId ?? ''} onChange={(event) => setDraft({ ...draft, lateCancelFeeItemId: event.currentTarget.value || null })} data={itemOptions} error={fieldError(save.error, 'lateCancelFeeItemId')} />
      </SimpleGrid>
      <Paper withBorder p="sm">
        <Stack gap="xs" role="group" aria-label="Tax rates">
          <Title order={3} size="h5">Tax rates</Title>
          {draft.taxRates.length === 0 && <Text size="sm" c="dimmed">No taxes.</Text>}
          {draft.taxRates.map((rate, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput label="Code" aria-label={`Code of tax ${index + 1}`} w={110} value={rate.code} onChange={(event) => setRate(index, { code: event.currentTarget.value })} error={fieldError(save.error, `taxRates.${index}.code`)} />
              <TextInput label="Name" aria-label={`Name of tax ${index + 1}`} value={rate.name} onChange={(event) => setRate(index, { name: event.currentTarget.value })} error={fieldError(save.error, `taxRates.${index}.name`)} />
              <TextInput label="Rate (%)" aria-label={`Rate of tax ${index + 1} (%)`} w={110} inputMode="decimal" value={rate.percent} onChange={(event) => setRate(index, { percent: event.currentTarget.value })} error={fieldError(save.error, `taxRates.${index}.basisPoints`)} />
              <ActionIcon mt={26} variant="subtle" color="red" aria-label={`Remove tax ${index + 1}`} onClick={() => setDraft({ ...draft, taxRates: draft.taxRates.filter((_, at) => at !== index) })}>×</ActionIcon>
            </Group>
          ))}
          {taxListError && <Text size="xs" c="red">{taxListError}</Text>}
          <Group><Button size="xs" variant="light" onClick={() => setDraft({ ...draft, taxRates: [...draft.taxRates, { code: '', name: '', percent: '' }] })}>Add tax rate</Button></Group>
        </Stack>
      </Paper>
      {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
      {save.isSuccess && <Alert color="green" role="status" p="xs">Saved.</Alert>}
      <Group><Button type="submit" loading={save.isPending}>Save billing policy</Button></Group>
    </Stack>
  );
}
