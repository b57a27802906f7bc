/** A draft note: the template's sections as inputs, autosaved, with its saved state, conflicts and signing. */
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ApiError, errorText } from '../api/apiError';
import { type Note, useRefreshNotes } from './notesQueries';
import { SectionField } from './SectionField';
import { type SaveState, useAutosave } from './useAutosave';
import { openNotePdf } from './openNotePdf';

const STATE_LABEL: Record<SaveState, string> = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…', conflict: 'Conflict', failed: 'Not saved' };
const STATE_COLOR: Record<SaveState, string> = { saved: 'green', unsaved: 'gray', saving: 'blue', conflict: 'orange', failed: 'red' };

export function DraftEditor({ note, mayEdit }: { note: Note; mayEdit: boolean }) {
  const refresh = useRefreshNotes();
  const autosave = useAutosave(note, (saved) => refresh(note.caseId, saved));
  const [signError, setSignError] = useState<unknown>();
  const [signing, setSigning] = useState(false);
  const sections = note.content?.sections ?? [];

  const sign = async () => {
    setSigning(true);
    setSignError(undefined);
    try {
      await autosave.flush();
      const signed = await unwrap(api.POST('/api/notes/{id}/sign', { params: { path: { id: note.noteId } }, body: { version: autosave.version() } }));
      refresh(note.caseId, signed);
    } catch (error) {
      setSignError(error);
    } finally {
      setSigning(false);
    }
  };
  const fieldError = (key: string) => (signError instanceof ApiError ? signError.fieldMessage(`values.${key}`) : undefined);

  return (
    <Stack gap="sm" aria-label="Note editor">
      <Group gap="xs">
        <Badge variant="light" color="gray">Draft</Badge>
        {mayEdit && <Badge variant="dot" color={STATE_COLOR[autosave.state]} data-testid="save-state" role="status">{STATE_LABEL[autosave.state]}</Badge>}
      </Group>
      {autosave.conflict && (
        <Alert color="orange" title="This draft was changed somewhere else" role="alert">
          <Text size="sm">Another window saved version {autosave.conflict.version} while you were typing. Your latest edits are not saved yet.</Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" onClick={autosave.keepMine}>Keep my edits</Button>
            <Button size="xs" variant="light" onClick={autosave.takeTheirs}>Load the newer version</Button>
          </Group>
        </Alert>
      )}
      {autosave.failure && autosave.state === 'failed' && <Alert color="red" role="alert">{autosave.failure}</Alert>}
      {sections.map((section) => (
        <fieldset key={section.key} disabled={!mayEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <SectionField section={section} value={autosave.values[section.key]} error={fieldError(section.key)} onChange={(value) => autosave.change(section.key, value)} />
        </fieldset>
      ))}
      {signError !== undefined && <Alert color="red" role="alert">{errorText(signError)}</Alert>}
      <Group gap="xs">
        {mayEdit && <Button onClick={() => void sign()} loading={signing} disabled={autosave.state === 'conflict'}>Sign note</Button>}
        <Button variant="light" onClick={() => void openNotePdf(note.noteId)}>Print PDF</Button>
      </Group>
      {!mayEdit && <Text size="sm" c="dimmed">Only the author, {note.authorName}, edits and signs this draft.</Text>}
    </Stack>
  );
}
