/** One client: contact details, alerts and every case file, with a form to open another. */
import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { Link } from '../app/Link';
import { navigate } from '../app/router';
import { QueryState } from '../ui/QueryState';
import { CASE_TYPE_LABEL } from './caseTypes';
import { NewCaseForm } from './NewCaseForm';
import { useAccess } from '../auth/useAccess';
import { bookingIntentPath } from '../schedule/bookingIntent';
import { CASE_STATUS_LABEL, isBookableCase } from './caseStatusActions';
import { ClientEditForm } from './ClientEditForm';

export default function ClientPage({ clientId }: { clientId: string }) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const access = useAccess();
  const file = useQuery({ queryKey: ['client', clientId], queryFn: () => unwrap(api.GET('/api/clients/{id}', { params: { path: { id: clientId } } })) });
  if (!file.data) return <QueryState query={file} label="the client" />;
  const { client, cases } = file.data;
  return (
    <Stack className="page" gap="md">
      <Text size="sm"><Link href="/clients">Clients</Link> ›</Text>
      <Group justify="space-between">
        <Title order={1} size="h3">{client.firstName}{client.preferredName ? ` (${client.preferredName})` : ''} {client.lastName}</Title>
        {access.can('clients:write') && !editing && <Button size="xs" variant="light" onClick={() => setEditing(true)}>Edit client</Button>}
      </Group>
      {editing ? <ClientEditForm client={client} onDone={() => setEditing(false)} /> : (
        <>
          <Text size="sm">
            {[client.dateOfBirth && `Born ${client.dateOfBirth}`, client.email, client.mobilePhone ?? client.phone].filter(Boolean).join(' · ') || 'No contact details'}
          </Text>
          {client.address && <Text size="sm">{[client.address.line1, client.address.line2, client.address.city, client.address.region, client.address.postalCode].filter(Boolean).join(', ')}</Text>}
          <Group gap={6}>
            {!client.consent.treatment && <Badge color="orange" variant="light">No treatment consent</Badge>}
            {!client.communication.reminders && <Badge color="gray" variant="light">No reminders</Badge>}
            {client.communication.sms && <Badge color="blue" variant="light">Texts OK</Badge>}
          </Group>
        </>
      )}
      <Text size="sm"><Link href={`/clients/${clientId}/statement`}>Statement and client credit</Link></Text>
      {client.alerts.map((alert, index) => <Alert key={index} color={alert.severity === 'critical' ? 'red' : alert.severity === 'warning' ? 'yellow' : 'blue'} p="xs">{alert.text}</Alert>)}
      <Group justify="space-between">
        <Title order={2} size="h4">Case files</Title>
        <Button size="xs" variant="light" onClick={() => setAdding(!adding)}>{adding ? 'Close' : 'Open a new case'}</Button>
      </Group>
      {adding && <NewCaseForm clientId={clientId} today={new Date().toISOString().slice(0, 10)} onCreated={(created) => navigate(`/cases/${created.caseId}`)} onCancel={() => setAdding(false)} />}
      <Table aria-label="Case files">
        <Table.Thead><Table.Tr><Table.Th>Case</Table.Th><Table.Th>Type</Table.Th><Table.Th>Intake</Table.Th><Table.Th>Status</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {cases.length === 0 && <Table.Tr><Table.Td colSpan={4}>No case files yet.</Table.Td></Table.Tr>}
          {cases.map((item) => (
            <Table.Tr key={item.caseId}>
              <Table.Td><Link href={`/cases/${item.caseId}`}>{item.caseLabel}{item.title ? ` · ${item.title}` : ''}</Link></Table.Td>
              <Table.Td>{CASE_TYPE_LABEL[item.caseType] ?? item.caseType}</Table.Td>
              <Table.Td>{item.intakeDate}</Table.Td>
              <Table.Td><Group gap={6} wrap="nowrap"><Badge variant="light" color={item.status === 'open' ? 'green' : 'gray'}>{CASE_STATUS_LABEL[item.status]}</Badge>{isBookableCase(item.status) && <Button size="compact-xs" variant="subtle" onClick={() => navigate(bookingIntentPath(item.caseId))} aria-label={`Book for case ${item.caseLabel}`}>Book</Button>}</Group></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
