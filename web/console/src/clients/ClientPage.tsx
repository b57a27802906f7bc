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

export default function ClientPage({ clientId }: { clientId: string }) {
  const [adding, setAdding] = useState(false);
  const file = useQuery({ queryKey: ['client', clientId], queryFn: () => unwrap(api.GET('/api/clients/{id}', { params: { path: { id: clientId } } })) });
  if (!file.data) return <QueryState query={file} label="the client" />;
  const { client, cases } = file.data;
  return (
    <Stack className="page" gap="md">
      <Text size="sm"><Link href="/clients">Clients</Link> ›</Text>
      <Title order={1} size="h3">{client.firstName}{client.preferredName ? ` (${client.preferredName})` : ''} {client.lastName}</Title>
      <Text size="sm">
        {[client.dateOfBirth && `Born ${client.dateOfBirth}`, client.email, client.mobilePhone ?? client.phone].filter(Boolean).join(' · ') || 'No contact details'}
      </Text>
      <Text size="sm"><Link href={`/clients/${clientId}/statement`}>Statement and client credit</Link></Text>
      {client.alerts.map((alert, index) => <Alert key={index} color="yellow" p="xs">{alert.text}</Alert>)}
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
              <Table.Td><Badge variant="light" color={item.status === 'open' ? 'green' : 'gray'}>{item.status.replace('_', ' ')}</Badge></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
