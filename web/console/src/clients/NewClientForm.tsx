/** Register a client with the few fields front desk has on the phone; the API names any bad field. */
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';

type Client = Schemas['Client'];

export function NewClientForm({ onCreated, onCancel }: { onCreated(client: Client): void; onCancel?(): void }) {
  const [fields, setFields] = useState({ firstName: '', lastName: '', email: '', phone: '' });
  const create = useMutation({
    mutationFn: () => {
      const body = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value.trim()]).filter(([, value]) => value !== '')) as Schemas['CreateClient'];
      return unwrap(api.POST('/api/clients', { body }));
    },
    onSuccess: onCreated,
  });
  const set = (name: keyof typeof fields) => (event: ChangeEvent<HTMLInputElement>) => setFields({ ...fields, [name]: event.currentTarget.value });
  const generalError = unnamedError(create.error);
  return (
    <Stack gap={6} component="fieldset" className="plain-fieldset">
      <legend>New client</legend>
      <Group grow gap="xs">
        <TextInput label="First name" required value={fields.firstName} onChange={set('firstName')} error={fieldError(create.error, 'firstName')} />
        <TextInput label="Last name" required value={fields.lastName} onChange={set('lastName')} error={fieldError(create.error, 'lastName')} />
      </Group>
      <TextInput label="Email" type="email" value={fields.email} onChange={set('email')} error={fieldError(create.error, 'email')} />
      <TextInput label="Phone" type="tel" value={fields.phone} onChange={set('phone')} error={fieldError(create.error, 'phone') ?? generalError} />
      <Group gap="xs">
        <Button size="xs" onClick={() => create.mutate()} loading={create.isPending}>Add client</Button>
        {onCancel && <Button size="xs" variant="default" onClick={onCancel}>Back</Button>}
      </Group>
    </Stack>
  );
}
