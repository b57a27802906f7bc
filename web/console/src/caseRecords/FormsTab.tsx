/**
 * A case's forms: send one from the library, see their status, re-send an open one's link (earlier
 * links stop working), read a submitted one with its score (clinical roles).
 */
import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, currentToken, unwrap } from '../api/client';
import { displayInstant, localZone } from '../lib/zonedTime';

export function FormsTab({ caseId, canRead }: { caseId: string; canRead: boolean }) {
  const queryClient = useQueryClient();
  const templates = useQuery({ queryKey: ['form-templates'], queryFn: () => unwrap(api.GET('/api/form-templates')) });
  const forms = useQuery({ queryKey: ['case-forms', caseId], queryFn: () => unwrap(api.GET('/api/cases/{id}/form-requests', { params: { path: { id: caseId } } })) });
  const [templateKey, setTemplateKey] = useState<string | null>('intake');
  const [message, setMessage] = useState('');
  const [openId, setOpenId] = useState<string | undefined>();
  const opened = useQuery({ queryKey: ['form', openId], enabled: Boolean(openId && canRead), queryFn: () => unwrap(api.GET('/api/form-requests/{id}', { params: { path: { id: openId! } } })) });

  const send = async () => {
    if (!templateKey) return;
    try {
      const sent = await unwrap(api.POST('/api/cases/{id}/form-requests', { params: { path: { id: caseId } }, body: { templateKey } }));
      setMessage(sent.emailed ? 'The form link was emailed to the client.' : 'The form is ready; the client’s address does not accept mail.');
      await queryClient.invalidateQueries({ queryKey: ['case-forms', caseId] });
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The form could not be sent.');
    }
  };
  const resend = async (formId: string) => {
    try {
      const resent = await unwrap(api.POST('/api/form-requests/{id}/resend', { params: { path: { id: formId } } }));
      setMessage(resent.emailed ? 'A new form link was emailed to the client; earlier links no longer work.' : resent.notSent === 'suppressed' ? 'A new link was made, but the client’s address does not accept mail.' : 'A new link was made, but the email could not be sent; try again later.');
      await queryClient.invalidateQueries({ queryKey: ['case-forms', caseId] });
      await queryClient.invalidateQueries({ queryKey: ['case-communications', caseId] });
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The form link could not be re-sent.');
    }
  };
  const openPdf = async (formId: string) => {
    const response = await fetch(`/api/form-requests/${formId}/pdf`, { headers: { authorization: `Bearer ${currentToken() ?? ''}` } });
    window.open(URL.createObjectURL(await response.blob()), '_blank');
  };
  const form = opened.data;
  return (
    <Stack gap="sm">
      <Group align="end">
        <Select label="Form" data={(templates.data?.items ?? []).map((template) => ({ value: template.templateKey, label: template.name }))} value={templateKey} onChange={setTemplateKey} w={260} />
        <Button onClick={() => void send()}>Email to client</Button>
      </Group>
      {message && <Text size="sm" role="status">{message}</Text>}
      <Table aria-label="Forms of the case">
        <Table.Thead><Table.Tr><Table.Th>Form</Table.Th><Table.Th>Status</Table.Th><Table.Th>Sent</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {forms.data?.items.length === 0 && <Table.Tr><Table.Td colSpan={4}>No forms yet.</Table.Td></Table.Tr>}
          {forms.data?.items.map((item) => (
            <Table.Tr key={item.formId}>
              <Table.Td>{item.templateName}</Table.Td>
              <Table.Td><Badge variant="light" color={item.status === 'submitted' ? 'green' : 'yellow'}>{item.status}{item.filledBy === 'staff' ? ' by staff' : ''}</Badge></Table.Td>
              <Table.Td>{displayInstant(item.sentAt, localZone())}</Table.Td>
              <Table.Td>
                {canRead && item.status === 'submitted' && <Button size="xs" variant="light" onClick={() => setOpenId(item.formId)}>Read</Button>}
                {item.status === 'sent' && Date.parse(item.expiresAt) > Date.now() && (
                  <Button size="xs" variant="subtle" aria-label={`Re-send link of ${item.templateName}`} onClick={() => void resend(item.formId)}>Re-send link</Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {form && (
        <Stack gap={4} aria-label="Submitted form">
          <Title order={3} size="h5">{form.templateName}</Title>
          {form.score && <Text fw={600}>{form.score.label}: {form.score.value}</Text>}
          {form.template.fields.map((field) => (
            <Text size="sm" key={field.key}><b>{field.label}</b>: {formatAnswer(form.answers?.[field.key])}</Text>
          ))}
          <Text size="xs" c="dimmed">Signed by {form.signature?.typedName}{form.signature?.onBehalfBy ? ' (filled in by staff)' : ''} at {form.signature?.signedAt ? displayInstant(form.signature.signedAt, localZone()) : ''} · SHA-256 {form.sha256?.slice(0, 16)}…</Text>
          {form.signature?.image && <img src={form.signature.image} alt="Drawn signature" style={{ maxWidth: 240, border: '1px solid #ddd' }} />}
          <Group><Button size="xs" variant="light" onClick={() => void openPdf(form.formId)}>Print PDF</Button></Group>
        </Stack>
      )}
    </Stack>
  );
}

function formatAnswer(answer: unknown): string {
  if (answer === undefined) return '-';
  if (typeof answer === 'boolean') return answer ? 'Yes' : 'No';
  return Array.isArray(answer) ? answer.join(', ') : String(answer);
}
