/** Edit a client: names, date of birth, contact, address, alerts, consent and communication preferences. */
import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';
import { clientChanges, clientForm, type ClientForm } from './clientEdits';

type TextField = Exclude<keyof ClientForm, 'alerts' | 'communication' | 'consent'>;
const SEVERITIES = [{ value: 'info', label: 'Info' }, { value: 'warning', label: 'Warning' }, { value: 'critical', label: 'Critical' }];
const COMMUNICATION: { key: keyof ClientForm['communication']; label: string }[] = [
  { key: 'email', label: 'Email' },
  { key: 'sms', label: 'Text messages' },
  { key: 'reminders', label: 'Appointment reminders' },
  { key: 'marketing', label: 'News and offers' },
];
const CONSENT: { key: 'treatment' | 'privacyPolicy' | 'electronicCommunication'; label: string }[] = [
  { key: 'treatment', label: 'Consent to treatment' },
  { key: 'privacyPolicy', label: 'Privacy policy accepted' },
  { key: 'electronicCommunication', label: 'Electronic communication' },
];

export function ClientEditForm({ client, onDone }: { client: Schemas['Client']; onDone(): void }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => clientForm(client));
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/clients/{id}', { params: { path: { id: client.clientId } }, body: clientChanges(client, form) })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['client', client.clientId] });
      onDone();
    },
  });
  const text = (name: TextField, label: string, type = 'text') => (
    <TextInput label={label} type={type} value={form[name]} onChange={(event: ChangeEvent<HTMLInputElement>) => setForm({ ...form, [name]: event.currentTarget.value })} error={fieldError(save.error, name) ?? fieldError(save.error, `address.${name}`)} />
  );
  const unnamed = unnamedError(save.error);
  return (
    <Stack gap="sm" component="form" aria-label="Edit client" onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
        {text('firstName', 'First name')}
        {text('lastName', 'Last name')}
        {text('preferredName', 'Preferred name')}
        {text('dateOfBirth', 'Date of birth', 'date')}
        {text('email', 'Email', 'email')}
        {text('phone', 'Phone', 'tel')}
        {text('mobilePhone', 'Mobile phone', 'tel')}
      </SimpleGrid>
      <Fieldset legend="Address" p="xs">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
          {text('line1', 'Street address')}
          {text('line2', 'Unit (optional)')}
          {text('city', 'City')}
          {text('region', 'Province or state')}
          {text('postalCode', 'Postal code')}
          {text('country', 'Country (2 letters)')}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Alerts" p="xs">
        <Stack gap={4}>
          {form.alerts.map((alert, index) => (
            <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
              <TextInput label={`Alert ${index + 1}`} style={{ flex: 1 }} value={alert.text} onChange={(event) => setForm({ ...form, alerts: form.alerts.map((item, at) => (at === index ? { ...item, text: event.currentTarget.value } : item)) })} error={fieldError(save.error, `alerts.${index}.text`)} />
              <NativeSelect aria-label={`Severity of alert ${index + 1}`} value={alert.severity} data={SEVERITIES} onChange={(event) => setForm({ ...form, alerts: form.alerts.map((item, at) => (at === index ? { ...item, severity: event.currentTarget.value as typeof alert.severity } : item)) })} />
              <Button variant="subtle" color="red" onClick={() => setForm({ ...form, alerts: form.alerts.filter((_, at) => at !== index) })} aria-label={`Remove alert ${index + 1}`}>Remove</Button>
            </Group>
          ))}
          <Button size="compact-sm" variant="subtle" style={{ alignSelf: 'flex-start' }} onClick={() => setForm({ ...form, alerts: [...form.alerts, { text: '', severity: 'warning' }] })}>Add alert</Button>
        </Stack>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Fieldset legend="Communication" p="xs">
          <Stack gap={4}>
            {COMMUNICATION.map(({ key, label }) => (
              <Checkbox key={key} label={label} checked={form.communication[key]} onChange={(event) => setForm({ ...form, communication: { ...form.communication, [key]: event.currentTarget.checked } })} />
            ))}
          </Stack>
        </Fieldset>
        <Fieldset legend="Consent" p="xs">
          <Stack gap={4}>
            {CONSENT.map(({ key, label }) => (
              <Checkbox key={key} label={label} checked={form.consent[key]} onChange={(event) => setForm({ ...form, consent: { ...form.consent, [key]: event.currentTarget.checked } })} />
            ))}
            <TextInput label="Recorded on" type="date" value={form.consent.recordedOn} onChange={(event) => setForm({ ...form, consent: { ...form.consent, recordedOn: event.currentTarget.value } })} error={fieldError(save.error, 'consent.recordedOn')} />
          </Stack>
        </Fieldset>
      </SimpleGrid>
      {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
      <Group gap="xs">
        <Button type="submit" loading={save.isPending}>Save client</Button>
        <Button variant="default" onClick={onDone}>Cancel</Button>
      </Group>
    </Stack>
  );
}
