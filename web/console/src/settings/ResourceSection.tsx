/**
 * A settings section: a table of what exists, a simple form to add one and, where the API allows
 * it, the same form to change one (Edit on its row). The API's problem documents name the fields
 * they refuse; each message shows next to its field.
 */
import { Button, Stack, Table, Title, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { QueryState } from '../ui/QueryState';
import { initialValues, ResourceForm, type FormField, type FormValues } from './ResourceForm';

export { compact, initialValues, type FormField, type FormValues } from './ResourceForm';

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
  /** The caller's role may only look (the permission table): no forms. */
  readOnly?: boolean;
  /** Query keys to refresh after a change besides this section's. */
  alsoInvalidate?: readonly (readonly unknown[])[];
  /** Changing one: its form (the create fields unless given), its current values and the request. */
  edit?: {
    label(item: T): string;
    fields?: FormField[];
    values(item: T): FormValues;
    update(item: T, values: FormValues): Promise<unknown>;
  };
}

export function ResourceSection<T>({ title, queryKey, load, columns, rowKey, fields, create, createLabel, alsoInvalidate = [], edit: editable, readOnly = false }: ResourceSectionProps<T>) {
  const edit = readOnly ? undefined : editable;
  const queryClient = useQueryClient();
  // Opening a section shows what is there now (others may have changed it), not the cached list.
  const list = useQuery({ queryKey, queryFn: load, refetchOnMount: 'always' });
  const [editingKey, setEditingKey] = useState<string>();
  const editing = editingKey === undefined ? undefined : list.data?.items.find((item) => rowKey(item) === editingKey);
  const refresh = () => Promise.all([queryKey, ...alsoInvalidate].map((key) => queryClient.invalidateQueries({ queryKey: key })));

  return (
    <Stack gap="md">
      <Title order={2} size="h4">{title}</Title>
      {!list.data ? <QueryState query={list} label={title} /> : (
        <Table striped aria-label={title}>
          <Table.Thead><Table.Tr>{columns.map((column) => <Table.Th key={column.label}>{column.label}</Table.Th>)}{edit && <Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th>}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {list.data.items.length === 0 && <Table.Tr><Table.Td colSpan={columns.length + (edit ? 1 : 0)}>None yet.</Table.Td></Table.Tr>}
            {list.data.items.map((item) => (
              <Table.Tr key={rowKey(item)}>
                {columns.map((column) => <Table.Td key={column.label}>{column.render(item)}</Table.Td>)}
                {edit && (
                  <Table.Td>
                    <Button size="compact-xs" variant="default" aria-label={edit.label(item)} aria-expanded={editingKey === rowKey(item)} onClick={() => setEditingKey(editingKey === rowKey(item) ? undefined : rowKey(item))}>Edit</Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {edit && editing && (
        <ResourceForm
          key={`edit-${rowKey(editing)}`}
          label={edit.label(editing)}
          submitLabel="Save changes"
          fields={edit.fields ?? fields}
          initial={edit.values(editing)}
          submit={(values) => edit.update(editing, values)}
          onSaved={async () => {
            await refresh();
            setEditingKey(undefined);
          }}
          onCancel={() => setEditingKey(undefined)}
        />
      )}
      {!readOnly && <ResourceForm key="create" label={createLabel} submitLabel={createLabel} fields={fields} initial={initialValues(fields)} submit={create} onSaved={refresh} resetOnSave />}
    </Stack>
  );
}
