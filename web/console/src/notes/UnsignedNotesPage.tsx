/** A provider's unsigned notes (drafts they wrote), overdue ones marked, each opening on its case file. */
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '../app/Link';
import { useLocations } from '../api/queries';
import { displayInstant } from '../lib/zonedTime';
import { QueryState } from '../ui/QueryState';
import { useMyUnsignedNotes } from './notesQueries';

export default function UnsignedNotesPage() {
  const notes = useMyUnsignedNotes();
  const locations = useLocations();
  const timeZone = locations.data?.items[0]?.timeZone ?? 'UTC';
  return (
    <Stack className="page" gap="md">
      <Title order={1} size="h3">Unsigned notes</Title>
      {!notes.data ? <QueryState query={notes} label="your unsigned notes" /> : notes.data.items.length === 0 ? <Text>All your notes are signed.</Text> : (
        <Table.ScrollContainer minWidth={420}>
        <Table aria-label="Unsigned notes">
          <Table.Thead><Table.Tr><Table.Th>Started</Table.Th><Table.Th>Template</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {notes.data.items.map((note) => (
              <Table.Tr key={note.noteId}>
                <Table.Td>{displayInstant(note.createdAt, timeZone)}</Table.Td>
                <Table.Td>{note.templateName}</Table.Td>
                <Table.Td>{note.overdue ? <Badge color="orange" variant="light">overdue</Badge> : <Badge color="gray" variant="light">draft</Badge>}</Table.Td>
                <Table.Td><Link href={`/cases/${note.caseId}?note=${note.noteId}`}>Open</Link></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
