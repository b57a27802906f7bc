/**
 * The Notes tab of a case file: its notes with their status, visits whose note is overdue, a new note
 * and the opened note. `?note=<id>` opens a note, `?appointment=<id>` starts one for that visit.
 */
import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Schemas } from '../api/client';
import { displayInstant } from '../lib/zonedTime';
import { QueryState } from '../ui/QueryState';
import { NewNoteForm } from './NewNoteForm';
import { NoteView } from './NoteView';
import { useCaseNotes } from './notesQueries';
import { useAuth } from '../auth/AuthContext';

const WRITERS = new Set(['owner', 'manager', 'provider']);

function linkParams() {
  const params = new URLSearchParams(location.search);
  return { noteId: params.get('note') ?? undefined, appointmentId: params.get('appointment') ?? undefined };
}

export function CaseNotesTab({ caseFile, timeZone }: { caseFile: Schemas['CaseFile']; timeZone: string }) {
  const notes = useCaseNotes(caseFile.caseId);
  const { session } = useAuth();
  const [opened, setOpened] = useState(() => linkParams().noteId);
  const [visit, setVisit] = useState(() => linkParams().appointmentId);
  const writes = WRITERS.has(session?.role ?? '');
  if (!notes.data) return <QueryState query={notes} label="the notes" />;
  const { items, overdueVisits } = notes.data;

  return (
    <Stack gap="md" aria-label="Notes">
      {overdueVisits.length > 0 && (
        <Alert color="orange" title="Notes overdue">
          {overdueVisits.map((overdue) => (
            <Group key={overdue.appointmentId} gap="xs">
              <Text size="sm">Visit {displayInstant(overdue.start, timeZone)} has no signed note after 24 hours.</Text>
              {writes && <Button size="compact-xs" variant="light" onClick={() => setVisit(overdue.appointmentId)}>Write note</Button>}
            </Group>
          ))}
        </Alert>
      )}
      {writes && (
        <NewNoteForm
          key={visit ?? 'case'}
          caseId={caseFile.caseId}
          disciplineId={caseFile.disciplineId}
          appointmentId={visit}
          hasSignedNote={items.some((note) => note.status === 'signed')}
          onCreated={(note) => {
            setOpened(note.noteId);
            setVisit(undefined);
          }}
        />
      )}
      {visit && writes && <Text size="sm" c="dimmed">The new note will be for the visit you chose.</Text>}
      <Table.ScrollContainer minWidth={520}>
      <Table aria-label="Notes of the case">
        <Table.Thead><Table.Tr><Table.Th>Created</Table.Th><Table.Th>Template</Table.Th><Table.Th>Author</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {items.length === 0 && <Table.Tr><Table.Td colSpan={5}>No notes yet.</Table.Td></Table.Tr>}
          {[...items].reverse().map((note) => (
            <Table.Tr key={note.noteId} aria-selected={note.noteId === opened}>
              <Table.Td>{displayInstant(note.createdAt, timeZone)}</Table.Td>
              <Table.Td>{note.templateName}</Table.Td>
              <Table.Td>{note.authorName}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={note.status === 'signed' ? 'green' : 'gray'}>{note.status}</Badge>
                {note.overdue && <Badge ml={4} variant="light" color="orange">overdue</Badge>}
              </Table.Td>
              <Table.Td>{writes && <Button size="compact-xs" variant="subtle" onClick={() => setOpened(note.noteId)}>Open</Button>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      </Table.ScrollContainer>
      {opened && writes && <NoteView key={opened} noteId={opened} timeZone={timeZone} />}
    </Stack>
  );
}
