/** A signed note: locked content, its signature and hash, its addenda and a form to add one. */
import { Alert, Badge, Button, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { errorText } from '../api/apiError';
import { displayInstant } from '../lib/zonedTime';
import { type Note, noteKey, useRefreshNotes } from './notesQueries';
import { formatSectionValue } from './SectionField';
import { openNotePdf } from './openNotePdf';

export function SignedNote({ note, timeZone }: { note: Note; timeZone: string }) {
  const content = note.content!;
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const refresh = useRefreshNotes();
  const client = useQueryClient();

  const addAddendum = async () => {
    setSaving(true);
    setFailure(undefined);
    try {
      await unwrap(api.POST('/api/notes/{id}/addenda', { params: { path: { id: note.noteId } }, body: { text } }));
      setText('');
      await client.invalidateQueries({ queryKey: noteKey(note.noteId) });
      refresh(note.caseId);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm" aria-label="Signed note">
      <Group gap="xs"><Badge color="green" variant="light">Signed</Badge><Text size="sm">by {note.authorName}, {note.signedAt ? displayInstant(note.signedAt, timeZone) : ''}</Text></Group>
      <Stack gap={6} component="dl" className="plain-list">
        {content.sections.map((section) => (
          <div key={section.key}>
            <Text component="dt" size="sm" fw={600}>{section.label}</Text>
            <Text component="dd" size="sm" style={{ whiteSpace: 'pre-wrap', marginLeft: 0 }}>{formatSectionValue(section, content.values[section.key])}</Text>
          </div>
        ))}
      </Stack>
      <Text size="xs" c="dimmed">SHA-256 <Code data-testid="note-hash">{content.contentHash}</Code></Text>
      {content.addenda.map((addendum) => (
        <Stack key={addendum.addendumId} gap={2} className="addendum">
          <Text size="sm" fw={600}>Addendum, {displayInstant(addendum.signedAt, timeZone)}, {addendum.authorName}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{addendum.text}</Text>
        </Stack>
      ))}
      <Textarea label="Add an addendum" description="Dated and signed with your name; the note itself does not change." autosize minRows={2} value={text} onChange={(event) => setText(event.currentTarget.value)} />
      {failure !== undefined && <Alert color="red" role="alert">{errorText(failure)}</Alert>}
      <Group gap="xs">
        <Button size="xs" onClick={() => void addAddendum()} loading={saving} disabled={!text.trim()}>Sign addendum</Button>
        <Button size="xs" variant="light" onClick={() => void openNotePdf(note.noteId)}>Print PDF</Button>
      </Group>
    </Stack>
  );
}
