/** An appointment's audit trail, newest first: who changed what and when. */
import { List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { errorText } from '../api/apiError';
import { displayInstant } from '../lib/zonedTime';

function describe(changes: Record<string, { before: unknown; after: unknown }>): string {
  if (changes.status) return `status ${String(changes.status.before ?? '—')} → ${String(changes.status.after)}`;
  const fields = Object.keys(changes);
  return fields.length > 0 ? `changed ${fields.slice(0, 4).join(', ')}` : '';
}

export function AppointmentHistory({ appointmentId, timeZone, version }: { appointmentId: string; timeZone: string; version: string }) {
  const trail = useQuery({
    queryKey: ['audit', 'appointment', appointmentId, version],
    queryFn: () => unwrap(api.GET('/api/audit', { params: { query: { entityType: 'appointment', entityId: appointmentId, limit: 25 } } })),
  });
  if (trail.isPending) return <Text size="sm" role="status">Loading history…</Text>;
  if (trail.isError) return <Text size="sm" c="red">{errorText(trail.error)}</Text>;
  if (trail.data.items.length === 0) return <Text size="sm" c="dimmed">No history yet.</Text>;
  return (
    <List size="sm" aria-label="History">
      {trail.data.items.map((event) => (
        <List.Item key={event.auditId}>
          {displayInstant(event.at, timeZone)}: {event.action} {describe(event.changes)}
        </List.Item>
      ))}
    </List>
  );
}
