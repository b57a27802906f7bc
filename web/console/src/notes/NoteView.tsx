/** One opened note: the editor while it is a draft, the locked note once signed. */
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useAuth } from '../auth/AuthContext';
import { QueryState } from '../ui/QueryState';
import { DraftEditor } from './DraftEditor';
import { memberIdOf, useNote } from './notesQueries';
import { SignedNote } from './SignedNote';

export function NoteView({ noteId, timeZone }: { noteId: string; timeZone: string }) {
  const note = useNote(noteId);
  const { session } = useAuth();
  if (!note.data) return <QueryState query={note} label="the note" />;
  const item = note.data;
  return (
    <Stack gap="sm" className="note-view">
      <Title order={3} size="h5">{item.templateName}</Title>
      <Text size="sm" c="dimmed">Written by {item.authorName}</Text>
      {!item.content ? (
        <Alert color="gray">This note is {item.status}. Its content is visible to clinical staff only.</Alert>
      ) : item.status === 'signed' ? (
        <SignedNote note={item} timeZone={timeZone} />
      ) : (
        // Keyed by note: a new draft gets a fresh autosave state.
        <DraftEditor key={item.noteId} note={item} mayEdit={Boolean(session) && memberIdOf(session!.token) === item.authorId} />
      )}
    </Stack>
  );
}
