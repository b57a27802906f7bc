/** Change a case's title, referral, assigned providers and contacts (lawyer, adjuster, physician...). */
import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';
import { caseDetailsBody, caseDetailsForm, CONTACT_ROLES, type CaseDetailsForm as Form } from './caseDetails';

const REFERRALS = [{ value: '', label: 'Not recorded' }, ...['self', 'physician', 'lawyer', 'insurer', 'employer', 'other'].map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) }))];

export function CaseDetailsForm({ caseFile, onDone }: { caseFile: Schemas['CaseFile']; onDone(): void }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(() => caseDetailsForm(caseFile));
  const members = useQuery({ queryKey: ['members'], queryFn: () => unwrap(api.GET('/api/members', { params: { query: { limit: 100 } } })) });
  const providers = (members.data?.items ?? []).filter((member) => member.role === 'provider' || form.assignedProviderIds.includes(member.memberId));
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/cases/{id}', { params: { path: { id: caseFile.caseId } }, body: caseDetailsBody(form) })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['case', caseFile.caseId] });
      onDone();
    },
  });
  const setContact = (index: number, key: keyof Form['contacts'][number], value: string) =>
    setForm({ ...form, contacts: form.contacts.map((contact, at) => (at === index ? { ...contact, [key]: value } : contact)) });
  const unnamed = unnamedError(save.error);
  return (
    <Stack gap="sm" component="form" aria-label="Edit case" onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <TextInput label="Title" value={form.title} onChange={(event) => setForm({ ...form, title: event.currentTarget.value })} error={fieldError(save.error, 'title')} />
        <NativeSelect label="Referred by" value={form.referralKind} data={REFERRALS} onChange={(event) => setForm({ ...form, referralKind: event.currentTarget.value as Form['referralKind'] })} />
        <TextInput label="Referrer's name" value={form.referralName} onChange={(event) => setForm({ ...form, referralName: event.currentTarget.value })} error={fieldError(save.error, 'referralSource.name')} />
      </SimpleGrid>
      <Checkbox.Group label="Assigned providers" value={form.assignedProviderIds} onChange={(assignedProviderIds) => setForm({ ...form, assignedProviderIds })} error={fieldError(save.error, 'assignedProviderIds')}>
        <Group gap="sm" mt={4}>{providers.map((member) => <Checkbox key={member.memberId} value={member.memberId} label={`${member.firstName} ${member.lastName}`} />)}</Group>
      </Checkbox.Group>
      <Fieldset legend="Contacts" p="xs">
        <Stack gap="xs">
          {form.contacts.map((contact, index) => (
            <SimpleGrid key={index} cols={{ base: 1, sm: 3, md: 6 }} spacing={4} aria-label={`Contact ${index + 1}`}>
              <NativeSelect label="Role" value={contact.role} data={CONTACT_ROLES} onChange={(event) => setContact(index, 'role', event.currentTarget.value)} />
              <TextInput label="Name" value={contact.name} onChange={(event) => setContact(index, 'name', event.currentTarget.value)} error={fieldError(save.error, `contacts.${index}.name`)} />
              <TextInput label="Organization" value={contact.organization} onChange={(event) => setContact(index, 'organization', event.currentTarget.value)} />
              <TextInput label="Phone" value={contact.phone} onChange={(event) => setContact(index, 'phone', event.currentTarget.value)} error={fieldError(save.error, `contacts.${index}.phone`)} />
              <TextInput label="Email" value={contact.email} onChange={(event) => setContact(index, 'email', event.currentTarget.value)} error={fieldError(save.error, `contacts.${index}.email`)} />
              <TextInput label="Claim or file no." value={contact.reference} onChange={(event) => setContact(index, 'reference', event.currentTarget.value)} />
            </SimpleGrid>
          ))}
          <Button size="compact-sm" variant="subtle" style={{ alignSelf: 'flex-start' }} onClick={() => setForm({ ...form, contacts: [...form.contacts, { role: 'adjuster', name: '', organization: '', phone: '', email: '', reference: '' }] })}>Add contact</Button>
        </Stack>
      </Fieldset>
      {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
      <Group gap="xs">
        <Button type="submit" loading={save.isPending}>Save case</Button>
        <Button variant="default" onClick={onDone}>Cancel</Button>
      </Group>
    </Stack>
  );
}
