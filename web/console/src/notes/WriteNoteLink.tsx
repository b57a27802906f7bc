/** "Write note" on an appointment: opens the case's Notes tab with a new note for this visit. */
import { Button } from '@mantine/core';
import { navigate } from '../app/router';
import { useAuth } from '../auth/AuthContext';

const WRITERS = new Set(['owner', 'manager', 'provider']);

export function WriteNoteLink({ caseId, appointmentId }: { caseId: string; appointmentId: string }) {
  const { session } = useAuth();
  if (!WRITERS.has(session?.role ?? '')) return null;
  return <Button size="xs" variant="light" onClick={() => navigate(`/cases/${caseId}?tab=notes&appointment=${appointmentId}`)}>Write note</Button>;
}
