/** The questions of a form template: one row each, with the field kinds the built-in library uses. */
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { fieldError } from '../api/apiError';
import { emptyField, FIELD_TYPES, type FieldDraft } from './formTemplateDraft';

export function FormFieldsEditor({ fields, onChange, error }: { fields: FieldDraft[]; onChange: (fields: FieldDraft[]) => void; error: Error | null }) {
  const change = (index: number, patch: Partial<FieldDraft>) => onChange(fields.map((field, at) => (at === index ? { ...field, ...patch } : field)));
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">Questions</Text>
      {fields.map((field, index) => (
        <Paper key={index} withBorder p="xs" role="group" aria-label={`Question ${index + 1}`}>
          <Stack gap={6}>
            <Group grow align="flex-start" wrap="wrap">
              <TextInput label="Question" required value={field.label} onChange={(event) => change(index, { label: event.currentTarget.value })} error={fieldError(error, `fields.${index}.label`)} miw={200} />
              <TextInput label="Key" required value={field.key} onChange={(event) => change(index, { key: event.currentTarget.value })} error={fieldError(error, `fields.${index}.key`)} maw={140} />
              <NativeSelect label="Kind" data={FIELD_TYPES} value={field.type} onChange={(event) => change(index, { type: event.currentTarget.value as FieldDraft['type'] })} maw={170} />
            </Group>
            {(field.type === 'single_choice' || field.type === 'multiple_choice') && (
              <Textarea label="Choices" description="One per line; a scored choice as “Label = points”." autosize minRows={2} value={field.choices} onChange={(event) => change(index, { choices: event.currentTarget.value })} error={fieldError(error, `fields.${index}.choices`)} />
            )}
            {(field.type === 'number' || field.type === 'scale') && (
              <Group grow>
                <TextInput label="Minimum" inputMode="numeric" value={field.min} onChange={(event) => change(index, { min: event.currentTarget.value })} />
                <TextInput label="Maximum" inputMode="numeric" value={field.max} onChange={(event) => change(index, { max: event.currentTarget.value })} error={fieldError(error, `fields.${index}.max`)} />
              </Group>
            )}
            <Group gap="md">
              <Checkbox label="Required" checked={field.required} onChange={(event) => change(index, { required: event.currentTarget.checked })} />
              {(field.type === 'scale' || field.type === 'single_choice') && <Checkbox label="Counts towards the score" checked={field.scored} onChange={(event) => change(index, { scored: event.currentTarget.checked })} error={fieldError(error, `fields.${index}.scored`)} />}
              <Button size="compact-xs" variant="subtle" color="red" disabled={fields.length === 1} onClick={() => onChange(fields.filter((_field, at) => at !== index))} aria-label={`Remove question ${index + 1}`}>Remove</Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group><Button size="xs" variant="light" onClick={() => onChange([...fields, emptyField(fields.length)])}>Add question</Button></Group>
    </Stack>
  );
}
