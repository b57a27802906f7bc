/** The clinic's own details: name, phone, contact email, tax registration number, late-cancel window. */
import { Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { QueryState } from '../ui/QueryState';
import { compact, ResourceForm, type FormField } from './ResourceForm';

const FIELDS: FormField[] = [
  { name: 'name', label: 'Clinic name', required: true },
  { name: 'phone', label: 'Phone' },
  { name: 'contactEmail', label: 'Contact email', kind: 'email' },
  { name: 'taxNumber', label: 'Tax registration number', description: 'e.g. GST/HST number; printed on invoices' },
  { name: 'lateCancelWindowHours', label: 'Late cancellation window (hours)', kind: 'number' },
];

export function ClinicForm({ readOnly }: { readOnly: boolean }) {
  const queryClient = useQueryClient();
  const clinic = useQuery({ queryKey: ['clinic'], queryFn: () => unwrap(api.GET('/api/clinic')) });
  if (!clinic.data) return <QueryState query={clinic} label="the clinic" />;
  const item = clinic.data;
  if (readOnly) return <Text size="sm">{item.name}{item.taxNumber ? ` · Tax registration no. ${item.taxNumber}` : ''}</Text>;
  return (
    <ResourceForm
      key={item.updatedAt}
      label="Clinic"
      submitLabel="Save clinic"
      fields={FIELDS}
      initial={{ name: item.name, phone: item.phone ?? '', contactEmail: item.contactEmail ?? '', taxNumber: item.taxNumber ?? '', lateCancelWindowHours: item.lateCancelWindowHours }}
      submit={(values) => unwrap(api.PATCH('/api/clinic', { body: compact<Schemas['UpdateClinic']>(values) }))}
      onSaved={() => queryClient.invalidateQueries({ queryKey: ['clinic'] })}
    />
  );
}
