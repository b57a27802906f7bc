/** Starting a note on a case: a template, optionally a visit, optionally copied forward from the last signed note. */
import { Alert, Button, Checkbox, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { errorText } from '../api/apiError';
import { type Note, useNoteTemplates, useRefreshNotes } from './notesQueries';

interface Props {
  caseId: string;
  disciplineId?: string | undefined;
  appointmentId?: string | undefined;
  hasSignedNote: boolean;
  onCreated: (note: Note) => void;
}

export function NewNoteForm({ caseId, disciplineId, appointmentId, hasSignedNote, onCreated }: Props) {
  const templates = useNoteTemplates();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [copyForward, setCopyForward] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const refresh = useRefreshNotes();
  const options = (templates.data?.items ?? [])
    .filter((template) => !disciplineId || !template.disciplineId || template.disciplineId === disciplineId)
    .map((template) => ({ value: template.templateId, label: template.name }));

  const start = async () => {
    if (!templateId) return;
    setFailure(undefined);
    try {
      const note = await unwrap(api.POST('/api/cases/{id}/notes', { params: { path: { id: caseId } }, body: { templateId, copyForward, ...(appointmentId ? { appointmentId } : {}) } }));
      refresh(caseId, note);
      onCreated(note);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="xs" aria-label="New note">
      <Group gap="sm" align="end" wrap="wrap">
        <Select label="Template" placeholder="Choose a template" data={options} value={templateId} onChange={setTemplateId} searchable w={320} />
        <Checkbox label="Copy forward from the last signed note" checked={copyForward} disabled={!hasSignedNote} onChange={(event) => setCopyForward(event.currentTarget.checked)} />
        <Button onClick={() => void start()} disabled={!templateId}>Start note</Button>
      </Group>
      {failure !== undefined && <Alert color="red" role="alert">{errorText(failure)}</Alert>}
    </Stack>
  );
}
