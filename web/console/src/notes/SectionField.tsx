/** One section of a note as an input of its kind (text, number, choices, body regions, a 0-10 scale, a date). */
import { Checkbox, Group, MultiSelect, NumberInput, Radio, Slider, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { NoteSection, NoteValue } from './notesQueries';

interface Props {
  section: NoteSection;
  value: NoteValue | undefined;
  error?: string | undefined;
  onChange: (value: NoteValue | null) => void;
}

export function SectionField({ section, value, error, onChange }: Props) {
  const common = { label: section.label, description: section.help, required: section.required, error };
  switch (section.kind) {
    case 'long_text':
      return <Textarea {...common} autosize minRows={3} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'short_text':
      return <TextInput {...common} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'date':
      return <TextInput {...common} type="date" value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.currentTarget.value || null)} />;
    case 'number':
      return <NumberInput {...common} value={typeof value === 'number' ? value : ''} onChange={(next) => onChange(typeof next === 'number' ? next : null)} />;
    case 'scale':
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>{section.label}{section.required ? ' *' : ''}: {typeof value === 'number' ? value : '–'} / 10</Text>
          <Slider aria-label={section.label} min={0} max={10} step={1} marks={[{ value: 0, label: '0' }, { value: 5, label: '5' }, { value: 10, label: '10' }]} value={typeof value === 'number' ? value : 0} onChange={onChange} />
          {error && <Text size="xs" c="red">{error}</Text>}
        </Stack>
      );
    case 'single_choice':
      return (
        <Radio.Group {...common} value={typeof value === 'string' ? value : ''} onChange={onChange}>
          <Group gap="md" mt={4}>{(section.options ?? []).map((option) => <Radio key={option} value={option} label={option} />)}</Group>
        </Radio.Group>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Group gap="md" mt={4}>{(section.options ?? []).map((option) => <Checkbox key={option} value={option} label={option} />)}</Group>
        </Checkbox.Group>
      );
    case 'body_region':
      return <MultiSelect {...common} searchable data={section.options ?? []} value={Array.isArray(value) ? value : []} onChange={onChange} />;
  }
}

export function formatSectionValue(section: NoteSection, value: NoteValue | undefined): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (Array.isArray(value)) return value.join(', ');
  return section.kind === 'scale' ? `${value} / 10` : String(value);
}
