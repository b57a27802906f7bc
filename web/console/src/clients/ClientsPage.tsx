/** Clients: search by family name, email or phone, or register a new one. */
import { Button, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { errorText } from '../api/apiError';
import { Link } from '../app/Link';
import { navigate } from '../app/router';
import { NewClientForm } from './NewClientForm';
import { useClientSearch } from './ClientSearch';

export default function ClientsPage() {
  const [text, setText] = useState('');
  const [adding, setAdding] = useState(false);
  const results = useClientSearch(text);
  return (
    <Stack className="page" gap="md">
      <Group justify="space-between">
        <Title order={1} size="h3">Clients</Title>
        <Button variant="light" onClick={() => setAdding(!adding)}>{adding ? 'Close' : 'New client'}</Button>
      </Group>
      {adding && <NewClientForm onCreated={(client) => navigate(`/clients/${client.clientId}`)} onCancel={() => setAdding(false)} />}
      <TextInput label="Search clients" placeholder="Given or family name, email or phone (at least 2 characters)" value={text} onChange={(event) => setText(event.currentTarget.value)} error={results.isError ? errorText(results.error) : undefined} />
      {results.data && (
        <Table striped highlightOnHover aria-label="Clients found">
          <Table.Thead>
            <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Date of birth</Table.Th><Table.Th>Email</Table.Th><Table.Th>Phone</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.data.items.length === 0 && <Table.Tr><Table.Td colSpan={4}>No client matches.</Table.Td></Table.Tr>}
            {results.data.items.map((client) => (
              <Table.Tr key={client.clientId}>
                <Table.Td><Link href={`/clients/${client.clientId}`}>{client.lastName}, {client.preferredName ?? client.firstName}</Link></Table.Td>
                <Table.Td>{client.dateOfBirth ?? ''}</Table.Td>
                <Table.Td>{client.email ?? ''}</Table.Td>
                <Table.Td>{client.mobilePhone ?? client.phone ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
