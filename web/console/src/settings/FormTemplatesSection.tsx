/**
 * The clinic's own form templates (K6): design, revise and retire them, and choose which forms a new
 * online booking emails the client. Built-in templates are listed to choose from, not edited.
 */
import { Alert, Badge, Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { errorText, fieldError } from '../api/apiError';
import { QueryState } from '../ui/QueryState';
import { FormFieldsEditor } from './FormFieldsEditor';
import { designOf, draftOf, emptyDraft, type ListedTemplate, revisionOf, type TemplateDraft } from './formTemplateDraft';

const KINDS = [
  { value: 'intake', label: 'Intake questionnaire' },
  { value: 'consent', label: 'Consent' },
  { value: 'outcome_measure', label: 'Scored outcome measure' },
];
const RULES = [
  { value: '', label: 'Not scored' },
  { value: 'sum', label: 'Sum' },
  { value: 'mean', label: 'Mean' },
  { value: 'percent_of_max', label: 'Percent of maximum' },
];
const FLAGS = [
  { value: '', label: 'None' },
  { value: 'treatment', label: 'Consent to treatment' },
  { value: 'privacyPolicy', label: 'Privacy policy' },
];

export function FormTemplatesSection({ readOnly }: { readOnly: boolean }) {
  const queryClient = useQueryClient();
  const templates = useQuery({ queryKey: ['form-templates', 'all'], queryFn: () => unwrap(api.GET('/api/form-templates', { params: { query: { includeRetired: 'true' } } })) });
  const [editing, setEditing] = useState<{ template?: ListedTemplate; draft: TemplateDraft }>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['form-templates'] });
  const save = useMutation({
    mutationFn: ({ template, draft }: { template?: ListedTemplate; draft: TemplateDraft }) =>
      template
        ? unwrap(api.PATCH('/api/form-templates/{id}', { params: { path: { id: template.templateKey } }, body: revisionOf(draft) }))
        : unwrap(api.POST('/api/form-templates', { body: designOf(draft) })),
    onSuccess: async () => {
      setEditing(undefined);
      await refresh();
    },
  });
  const retire = useMutation({
    mutationFn: (template: ListedTemplate) => unwrap(api.PATCH('/api/form-templates/{id}', { params: { path: { id: template.templateKey } }, body: { active: !template.active } })),
    onSuccess: refresh,
  });
  const items = templates.data?.items ?? [];

  return (
    <Stack gap="lg">
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">Form templates</Title>
            {!readOnly && <Button size="xs" onClick={() => { save.reset(); setEditing({ draft: emptyDraft() }); }}>New form template</Button>}
          </Group>
          <QueryState query={templates} label="form templates" />
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label="Form templates">
              <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Revision</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
              <Table.Tbody>
                {items.map((template) => (
                  <Table.Tr key={template.templateKey}>
                    <Table.Td>{template.name}</Table.Td>
                    <Table.Td>{KINDS.find((kind) => kind.value === template.kind)?.label}{template.scoring ? ` · ${template.scoring.label}` : ''}</Table.Td>
                    <Table.Td>{template.version}</Table.Td>
                    <Table.Td>{template.source === 'library' ? <Badge variant="light" color="gray">built in</Badge> : <Badge variant="light" color={template.active ? 'green' : 'gray'}>{template.active ? 'active' : 'retired'}</Badge>}</Table.Td>
                    <Table.Td>
                      {!readOnly && template.source === 'clinic' && (
                        <Group gap="xs" wrap="nowrap">
                          <Button size="compact-xs" variant="light" aria-label={`Edit form template ${template.name}`} onClick={() => { save.reset(); setEditing({ template, draft: draftOf(template) }); }}>Edit</Button>
                          <Button size="compact-xs" variant="subtle" aria-label={`${template.active ? 'Retire' : 'Restore'} form template ${template.name}`} onClick={() => retire.mutate(template)}>{template.active ? 'Retire' : 'Restore'}</Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {retire.error && <Alert color="red" role="alert">{errorText(retire.error)}</Alert>}
        </Stack>
      </Paper>
      {editing && <TemplateEditor key={editing.template?.templateKey ?? 'new'} editing={editing} onChange={(draft) => setEditing({ ...editing, draft })} onCancel={() => setEditing(undefined)} save={save} />}
      <OnlineBookingForms templates={items.filter((template) => template.active)} readOnly={readOnly} />
    </Stack>
  );
}

interface EditorProps {
  editing: { template?: ListedTemplate; draft: TemplateDraft };
  onChange: (draft: TemplateDraft) => void;
  onCancel: () => void;
  save: { mutate: (input: { template?: ListedTemplate; draft: TemplateDraft }) => void; isPending: boolean; error: Error | null };
}

function TemplateEditor({ editing, onChange, onCancel, save }: EditorProps) {
  const { template, draft } = editing;
  // A scored measure keeps its scoring rule: only its label may change.
  const ruleFixed = Boolean(template?.scoring);
  return (
    <Paper withBorder p="sm" component="form" aria-label={template ? `Edit ${template.name}` : 'New form template'} onSubmit={(event) => { event.preventDefault(); save.mutate(editing); }}>
      <Stack gap="sm">
        <Title order={3} size="h5">{template ? `${template.name} (revision ${template.version})` : 'New form template'}</Title>
        {template && <Text size="xs" c="dimmed">Saving a change makes revision {template.version + 1}; forms already sent keep the revision they were sent with.</Text>}
        <Group grow align="flex-start">
          <TextInput label="Name" required value={draft.name} onChange={(event) => onChange({ ...draft, name: event.currentTarget.value })} error={fieldError(save.error, 'name')} />
          <NativeSelect label="Kind" data={KINDS} value={draft.kind} disabled={Boolean(template)} onChange={(event) => onChange({ ...draft, kind: event.currentTarget.value as TemplateDraft['kind'] })} />
        </Group>
        <Group grow align="flex-start">
          <NativeSelect label="Scoring rule" data={RULES} value={draft.scoringRule} disabled={ruleFixed} description={ruleFixed ? 'A scored measure keeps its rule.' : undefined} onChange={(event) => onChange({ ...draft, scoringRule: event.currentTarget.value as TemplateDraft['scoringRule'] })} error={fieldError(save.error, 'scoring')} />
          {draft.scoringRule && <TextInput label="Score label" value={draft.scoringLabel} onChange={(event) => onChange({ ...draft, scoringLabel: event.currentTarget.value })} />}
          {draft.kind === 'consent' && <NativeSelect label="Sets consent" data={FLAGS} value={draft.consentFlag} onChange={(event) => onChange({ ...draft, consentFlag: event.currentTarget.value as TemplateDraft['consentFlag'] })} error={fieldError(save.error, 'consentFlag')} />}
        </Group>
        <Textarea label="Wording the client signs" required autosize minRows={2} value={draft.consentWording} onChange={(event) => onChange({ ...draft, consentWording: event.currentTarget.value })} error={fieldError(save.error, 'consentWording')} />
        <FormFieldsEditor fields={draft.fields} onChange={(fields) => onChange({ ...draft, fields })} error={save.error} />
        {save.error && <Alert color="red" role="alert">{errorText(save.error)}</Alert>}
        <Group>
          <Button type="submit" loading={save.isPending}>{template ? 'Save revision' : 'Create template'}</Button>
          <Button variant="subtle" onClick={onCancel}>Cancel</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function OnlineBookingForms({ templates, readOnly }: { templates: ListedTemplate[]; readOnly: boolean }) {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['form-settings'], queryFn: () => unwrap(api.GET('/api/form-settings')) });
  const save = useMutation({
    mutationFn: (keys: string[]) => unwrap(api.PUT('/api/form-settings', { body: { onlineBookingTemplateKeys: keys } })),
    onSuccess: (data) => queryClient.setQueryData(['form-settings'], data),
  });
  const chosen = settings.data?.onlineBookingTemplateKeys ?? [];
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h5">Sent on a new online booking</Title>
        <Text size="xs" c="dimmed">Each chosen form is emailed to the client once per case.</Text>
        <QueryState query={settings} label="form settings" />
        {settings.data && (
          <Checkbox.Group value={chosen} onChange={(keys) => save.mutate(keys)} aria-label="Forms sent on a new online booking">
            <Stack gap={4}>
              {templates.map((template) => <Checkbox key={template.templateKey} value={template.templateKey} label={template.name} disabled={readOnly || save.isPending} />)}
            </Stack>
          </Checkbox.Group>
        )}
        {save.error && <Alert color="red" role="alert">{errorText(save.error)}</Alert>}
      </Stack>
    </Paper>
  );
}
