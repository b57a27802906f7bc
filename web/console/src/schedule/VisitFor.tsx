/** Who an appointment is for: the client's name and phone (a tel: link) and the case, read from the client's file. */
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { Link } from '../app/Link';

export function VisitFor({ clientId, caseId }: { clientId: string; caseId: string }) {
  const file = useQuery({ queryKey: ['client', clientId], queryFn: () => unwrap(api.GET('/api/clients/{id}', { params: { path: { id: clientId } } })) });
  const client = file.data?.client;
  const caseFile = file.data?.cases.find((item) => item.caseId === caseId);
  const phone = client?.mobilePhone ?? client?.phone;
  return (
    <Stack gap={2} aria-label="Visit for" role="group">
      <Group gap="xs" wrap="wrap">
        <Text fw={600} data-testid="visit-client">
          {client ? <Link href={`/clients/${clientId}`}>{`${client.preferredName ?? client.firstName} ${client.lastName}`}</Link> : <Link href={`/clients/${clientId}`}>Client file</Link>}
        </Text>
        {phone && <Anchor size="sm" href={`tel:${phone.replace(/[^\d+]/g, '')}`} data-testid="visit-phone">{phone}</Anchor>}
      </Group>
      <Text size="sm" data-testid="visit-case">
        <Link href={`/cases/${caseId}`}>{caseFile ? `${caseFile.caseLabel}${caseFile.title ? ` · ${caseFile.title}` : ''}` : 'Case file'}</Link>
      </Text>
    </Stack>
  );
}
