/**
 * A settings section: a table of what exists and a simple form to add one. The API's problem
 * documents name the fields they refuse; each message shows next to its field.
 */
import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError, errorText, fieldError } from '../api/apiError';
import { QueryState } from '../ui/QueryState';

export interface FormField {
  name: string;
  label: string;
  kind?: 'text' | 'email' | 'number' | 'time' | 'date' | 'select' | 'checkbox';
  options?: { value: string; label: string }[];
  required?: boolean;
  initial?: string | number | boolean;
  description?: string;
}

export type FormValues = Record<string, string | number | boolean>;

interface ResourceSectionProps<T> {
  title: string;
  queryKey: readonly unknown[];
  load(): Promise<{ items: T[] }>;
  columns: { label: string; render(item: T): ReactNode }[];
  rowKey(item: T): string;
  fields: FormField[];
  /** Turns the form into the request body (drop empty optional fields here). */
  create(values: FormValues): Promise<unknown>;
  createLabel: string;
  /** Query keys to refresh after a create besides this section's. */
  alsoInvalidate?: readonly (readonly unknown[])[];
}

export function initialValues(fields: FormField[]): FormValues {
  return Object.fromEntries(fields.map((field) => [field.name, field.initial ?? (field.kind === 'checkbox' ? false : field.kind === 'select' ? field.options?.[0]?.value ?? '' : '')]));
}

export function ResourceSection<T>({ title, queryKey, load, columns, rowKey, fields, create, createLabel, alsoInvalidate = [] }: ResourceSectionProps<T>) {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey, queryFn: load });
  const [values, setValues] = useState<FormValues>(() => initialValues(fields));
  const mutation = useMutation({
    // Only this form's fields, whatever else the state once held.
    mutationFn: () => create(Object.fromEntries(fields.map((field) => [field.name, values[field.name] ?? '']))),
    onSuccess: async () => {
      setValues(initialValues(fields));
      await Promise.all([queryKey, ...alsoInvalidate].map((key) => queryClient.invalidateQueries({ queryKey: key })));
    },
  });
  const unnamed = mutation.error && !(mutation.error instanceof ApiError && fields.some((field) => fieldError(mutation.error, field.name))) ? errorText(mutation.error) : undefined;

  return (
    <Stack gap="md">
      <Title order={2} size="h4">{title}</Title>
      {!list.data ? <QueryState query={list} label={title} /> : (
        <Table striped aria-label={title}>
          <Table.Thead><Table.Tr>{columns.map((column) => <Table.Th key={column.label}>{column.label}</Table.Th>)}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {list.data.items.length === 0 && <Table.Tr><Table.Td colSpan={columns.length}>None yet.</Table.Td></Table.Tr>}
            {list.data.items.map((item) => (
              <Table.Tr key={rowKey(item)}>{columns.map((column) => <Table.Td key={column.label}>{column.render(item)}</Table.Td>)}</Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Paper withBorder p="sm" component="form" aria-label={createLabel} onSubmit={(event) => { event.preventDefault(); mutation.mutate(); }}>
        <Stack gap="sm">
          <Title order={3} size="h5">{createLabel}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {fields.map((field) => {
              const error = fieldError(mutation.error, field.name);
              const value = values[field.name];
              const set = (next: string | number | boolean) => setValues((current) => ({ ...current, [field.name]: next }));
              if (field.kind === 'select') return <NativeSelect key={field.name} label={field.label} description={field.description} required={field.required} value={String(value)} onChange={(event) => set(event.currentTarget.value)} data={field.options ?? []} error={error} />;
              if (field.kind === 'checkbox') return <Checkbox key={field.name} mt="lg" label={field.label} description={field.description} checked={Boolean(value)} onChange={(event) => set(event.currentTarget.checked)} error={error} />;
              if (field.kind === 'number') return <NumberInput key={field.name} label={field.label} description={field.description} required={field.required} value={value === '' ? '' : Number(value)} onChange={(next) => set(next === '' ? '' : Number(next))} error={error} />;
              return <TextInput key={field.name} type={field.kind ?? 'text'} label={field.label} description={field.description} required={field.required} value={String(value)} onChange={(event) => set(event.currentTarget.value)} error={error} />;
            })}
          </SimpleGrid>
          {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
          {mutation.isSuccess && <Alert color="green" role="status" p="xs">Saved.</Alert>}
          <Group><Button type="submit" loading={mutation.isPending}>{createLabel}</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** The form's values without empty strings (optional fields left out), as the body type; the API validates the rest. */
export function compact<T>(values: FormValues, extra: Partial<T> = {}): T {
  return { ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')), ...extra } as T;
}
