/** A case file: its details, booking context, appointments and audit trail; billing sections plug in below. */
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/apiError';
import { api, unwrap } from '../api/client';
import { useCalendars, useLocations, useSessions } from '../api/queries';
import { Link } from '../app/Link';
import { displayInstant } from '../lib/zonedTime';
import { BookingContextCard } from '../schedule/BookingContextCard';
import { STATUS_COLOR, STATUS_LABEL } from '../schedule/statuses';
import { QueryState } from '../ui/QueryState';
import { CASE_TYPE_LABEL } from './caseTypes';
import { caseExtras } from './caseExtras';
import { CaseTabs } from './CaseTabs';
import { navigate } from '../app/router';
import { useAccess } from '../auth/useAccess';
import { bookingIntentPath } from '../schedule/bookingIntent';
import { CaseDetailsForm } from './CaseDetailsForm';
import { CASE_STATUS_LABEL, isBookableCase } from './caseStatusActions';
import { CaseStatusControl } from './CaseStatusControl';

export default function CasePage({ caseId }: { caseId: string }) {
  const caseFile = useQuery({ queryKey: ['case', caseId], queryFn: () => unwrap(api.GET('/api/cases/{id}', { params: { path: { id: caseId } } })) });
  const appointments = useQuery({ queryKey: ['case-appointments', caseId], queryFn: () => unwrap(api.GET('/api/cases/{id}/appointments', { params: { path: { id: caseId }, query: { limit: 100 } } })) });
  const trail = useQuery({ queryKey: ['audit', 'caseFile', caseId], queryFn: () => unwrap(api.GET('/api/audit', { params: { query: { entityType: 'caseFile', entityId: caseId, limit: 25 } } })) });
  const sessions = useSessions();
  const calendars = useCalendars(undefined);
  const locations = useLocations();
  const timeZone = locations.data?.items[0]?.timeZone ?? 'UTC';
  const access = useAccess();
  const [editing, setEditing] = useState(false);
  if (!caseFile.data) return <QueryState query={caseFile} label="the case file" />;
  const item = caseFile.data;
  const sessionName = (id: string) => sessions.data?.items.find((session) => session.sessionId === id)?.name ?? '';
  const calendarName = (id: string) => calendars.data?.items.find((calendar) => calendar.calendarId === id)?.name ?? '';

  return (
    <Stack className="page" gap="md">
      <Text size="sm"><Link href={`/clients/${item.clientId}`}>Client file</Link> ›</Text>
      <Group gap="sm" justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h3">Case {item.caseLabel}{item.title ? ` · ${item.title}` : ''}</Title>
          <Badge variant="light" color={item.status === 'open' ? 'green' : 'gray'} data-testid="case-status">{CASE_STATUS_LABEL[item.status]}</Badge>
        </Group>
        <Group gap="xs">
          {isBookableCase(item.status) && <Button size="sm" onClick={() => navigate(bookingIntentPath(caseId))}>Book</Button>}
          {access.can('cases:write') && !editing && <Button size="sm" variant="light" onClick={() => setEditing(true)}>Edit case</Button>}
        </Group>
      </Group>
      {access.can('cases:write') && <CaseStatusControl caseFile={item} />}
      {editing && <CaseDetailsForm caseFile={item} onDone={() => setEditing(false)} />}
      <Text size="sm">{CASE_TYPE_LABEL[item.caseType] ?? item.caseType} · intake {item.intakeDate}{item.dateOfInjury ? ` · injury ${item.dateOfInjury}` : ''}</Text>
      {item.contacts.length > 0 && <Text size="sm">Contacts: {item.contacts.map((contact) => `${contact.name} (${contact.role.replace('_', ' ')}${contact.reference ? `, ${contact.reference}` : ''})`).join(', ')}</Text>}
      {item.referralSource && <Text size="sm">Referred by: {item.referralSource.kind}{item.referralSource.name ? `, ${item.referralSource.name}` : ''}</Text>}
      <BookingContextCard caseId={caseId} timeZone={timeZone} />
      {caseExtras?.(item)}
      <CaseTabs caseFile={item} timeZone={timeZone} />
      <Title order={2} size="h4">Appointments</Title>
      {!appointments.data ? <QueryState query={appointments} label="appointments" /> : (
        <Table aria-label="Appointments of the case">
          <Table.Thead><Table.Tr><Table.Th>When</Table.Th><Table.Th>Session</Table.Th><Table.Th>Calendar</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {appointments.data.items.length === 0 && <Table.Tr><Table.Td colSpan={4}>No appointments yet.</Table.Td></Table.Tr>}
            {appointments.data.items.map((appointment) => (
              <Table.Tr key={appointment.appointmentId}>
                <Table.Td>{displayInstant(appointment.start, timeZone)}</Table.Td>
                <Table.Td>{sessionName(appointment.sessionId)}</Table.Td>
                <Table.Td>{calendarName(appointment.calendarId)}</Table.Td>
                <Table.Td><Badge color={STATUS_COLOR[appointment.status]} variant="light">{STATUS_LABEL[appointment.status]}</Badge></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h4">Audit trail</Title>
      {trail.error instanceof ApiError && trail.error.status === 403 ? <Text size="sm" c="dimmed">Your role does not show the audit trail.</Text> : !trail.data ? <QueryState query={trail} label="the audit trail" /> : (
        <Stack gap={2} component="ul" className="plain-list">
          {trail.data.items.map((event) => (
            <Text component="li" size="sm" key={event.auditId}>{displayInstant(event.at, timeZone)}: {event.action} {Object.keys(event.changes).join(', ')}</Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
