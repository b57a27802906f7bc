/** The form of a settings section, for adding one or changing one; API field errors show at their fields. */
import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorText, fieldError } from '../api/apiError';

export interface FormField {
  name: string;
  label: string;
  kind?: 'text' | 'email' | 'number' | 'time' | 'date' | 'color' | 'select' | 'checkbox';
  options?: { value: string; label: string }[];
  required?: boolean;
  initial?: string | number | boolean;
  description?: string;
}

export type FormValues = Record<string, string | number | boolean>;

export function initialValues(fields: FormField[]): FormValues {
  return Object.fromEntries(fields.map((field) => [field.name, field.initial ?? (field.kind === 'checkbox' ? false : field.kind === 'select' ? field.options?.[0]?.value ?? '' : '')]));
}

/** The form's values without empty strings (optional fields left out), as the body type; the API validates the rest. */
export function compact<T>(values: FormValues, extra: Partial<T> = {}): T {
  return { ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')), ...extra } as T;
}

interface ResourceFormProps {
  label: string;
  submitLabel: string;
  fields: FormField[];
  initial: FormValues;
  submit(values: FormValues): Promise<unknown>;
  onSaved(): Promise<unknown>;
  onCancel?(): void;
  /** Back to the initial values after a save (adding several in a row). */
  resetOnSave?: boolean;
}

export function ResourceForm({ label, submitLabel, fields, initial, submit, onSaved, onCancel, resetOnSave = false }: ResourceFormProps) {
  const [values, setValues] = useState<FormValues>(initial);
  const mutation = useMutation({
    // Only this form's fields, whatever else the state once held.
    mutationFn: () => submit(Object.fromEntries(fields.map((field) => [field.name, values[field.name] ?? '']))),
    onSuccess: async () => {
      if (resetOnSave) setValues(initial);
      await onSaved();
    },
  });
  const unnamed = mutation.error && !(mutation.error instanceof ApiError && fields.some((field) => fieldError(mutation.error, field.name))) ? errorText(mutation.error) : undefined;

  return (
    <Paper withBorder p="sm" component="form" aria-label={label} onSubmit={(event) => { event.preventDefault(); mutation.mutate(); }}>
      <Stack gap="sm">
        <Title order={3} size="h5">{label}</Title>
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
        <Group>
          <Button type="submit" loading={mutation.isPending}>{submitLabel}</Button>
          {onCancel && <Button variant="default" onClick={onCancel}>Cancel</Button>}
        </Group>
      </Stack>
    </Paper>
  );
}
