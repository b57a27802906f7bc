/** Find a client by given or family name (prefix), email or phone in any format; recent clients before any search. */
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { errorText } from '../api/apiError';
import { recentClients, rememberClient } from './recentClients';

export type Client = Schemas['Client'];

function searchQuery(text: string): { name?: string; email?: string; phone?: string } {
  if (text.includes('@')) return { email: text };
  if (/^[+\d][\d\s().-]{5,}$/.test(text)) return { phone: text };
  return { name: text };
}

export function useClientSearch(text: string) {
  const [debounced] = useDebouncedValue(text.trim(), 250);
  return useQuery({
    queryKey: ['clients', 'search', debounced],
    enabled: debounced.length >= 2,
    // POST: names, emails and phone numbers stay out of URLs (and so out of access logs).
    queryFn: () => unwrap(api.POST('/api/clients/search', { body: { limit: 10, ...searchQuery(debounced) } })),
  });
}

export function ClientSearch({ onPick, label = 'Find client' }: { onPick(client: Client): void; label?: string }) {
  const [text, setText] = useState('');
  const results = useClientSearch(text);
  const [recent] = useState(recentClients);
  const pick = (client: Client) => {
    rememberClient(client);
    onPick(client);
  };
  const recentIds = recent.map((item) => item.clientId);
  const recentFiles = useQuery({
    queryKey: ['clients', 'recent', recentIds],
    enabled: text.trim() === '' && recentIds.length > 0,
    queryFn: () => Promise.all(recentIds.map((id) => unwrap(api.GET('/api/clients/{id}', { params: { path: { id } } })).then((file) => file.client, () => undefined))),
  });
  return (
    <Stack gap={4}>
      <TextInput label={label} placeholder="Name, email or phone" value={text} onChange={(event) => setText(event.currentTarget.value)} error={results.isError ? errorText(results.error) : undefined} autoComplete="off" data-autofocus />
      {text.trim() === '' && recentFiles.data && recentFiles.data.some(Boolean) && (
        <Stack gap={2} role="list" aria-label="Recent clients">
          <Text size="xs" c="dimmed">Recent clients</Text>
          {recentFiles.data.flatMap((client) => (client ? [client] : [])).map((client) => (
            <Button key={client.clientId} role="listitem" variant="subtle" justify="flex-start" onClick={() => pick(client)}>
              {client.lastName}, {client.preferredName ?? client.firstName}
              <Text span size="xs" c="dimmed" ml={6}>{client.phone ?? client.email ?? ''}</Text>
            </Button>
          ))}
        </Stack>
      )}
      {results.data && text.trim().length >= 2 && (
        <Stack gap={2} role="list" aria-label="Matching clients">
          {results.data.items.length === 0 && <Text size="sm" c="dimmed">No client matches.</Text>}
          {results.data.items.map((client) => (
            <Button key={client.clientId} role="listitem" variant="subtle" justify="flex-start" onClick={() => pick(client)}>
              {client.lastName}, {client.preferredName ?? client.firstName}
              <Text span size="xs" c="dimmed" ml={6}>{[client.phone, client.dateOfBirth ?? client.email].filter(Boolean).join(' · ')}</Text>
            </Button>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
