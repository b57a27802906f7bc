/** The clinic's mail template of each kind of message: subject, HTML and text, with only the listed variables. */
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ApiError, errorText, fieldError } from '../api/apiError';
import { QueryState } from '../ui/QueryState';

type Template = Schemas['MailTemplate'];
const KINDS: { value: Template['kind']; label: string }[] = [
  { value: 'newBooking', label: 'New booking' },
  { value: 'reschedule', label: 'Rescheduled' },
  { value: 'cancellation', label: 'Canceled' },
  { value: 'noShow', label: 'No-show' },
  { value: 'reminder', label: 'Reminder' },
];
const VARIABLES = ['clientName', 'clinicName', 'clinicPhone', 'date', 'time', 'timeZone', 'locationName', 'locationAddress', 'providerName', 'previousDate', 'previousTime'];

export function MailTemplateForm() {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['notification-templates'], queryFn: () => unwrap(api.GET('/api/notification-templates')) });
  const [kind, setKind] = useState<Template['kind']>('newBooking');
  const current = list.data?.items.find((item) => item.kind === kind);
  const [draft, setDraft] = useState<Template>();
  useEffect(() => {
    if (current) setDraft({ kind: current.kind, subject: current.subject, html: current.html, text: current.text });
  }, [current]);
  const save = useMutation({
    mutationFn: (template: Template) => unwrap(api.PUT('/api/notification-templates', { body: template })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notification-templates'] }),
  });
  const unnamed = save.error && !(save.error instanceof ApiError && ['subject', 'html', 'text'].some((field) => fieldError(save.error, field))) ? errorText(save.error) : undefined;

  return (
    <Paper withBorder p="sm" component="form" aria-label="Mail template" onSubmit={(event) => { event.preventDefault(); if (draft) save.mutate(draft); }}>
      <Stack gap="sm">
        <Title order={3} size="h5">Mail templates</Title>
        <Group gap="sm" align="flex-end">
          <NativeSelect label="Message" w={220} value={kind} onChange={(event) => { setKind(event.currentTarget.value as Template['kind']); save.reset(); }} data={KINDS} />
          {current && <Badge variant="light" color={current.custom ? 'blue' : 'gray'}>{current.custom ? 'the clinic’s own' : 'Casefile’s default'}</Badge>}
        </Group>
        {!draft || draft.kind !== kind ? <QueryState query={list} label="mail templates" /> : (
          <>
            <TextInput label="Subject" value={draft.subject} onChange={(event) => setDraft({ ...draft, subject: event.currentTarget.value })} error={fieldError(save.error, 'subject')} />
            <Textarea label="HTML" autosize minRows={4} maxRows={14} value={draft.html} onChange={(event) => setDraft({ ...draft, html: event.currentTarget.value })} error={fieldError(save.error, 'html')} styles={{ input: { fontFamily: 'monospace' } }} />
            <Textarea label="Text" autosize minRows={3} maxRows={10} value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.currentTarget.value })} error={fieldError(save.error, 'text')} />
            <Text size="xs" c="dimmed">Variables: {VARIABLES.map((name) => `{{${name}}}`).join(', ')}. Nothing clinical is offered to a template.</Text>
            {unnamed && <Alert color="red" role="alert">{unnamed}</Alert>}
            {save.isSuccess && <Alert color="green" role="status" p="xs">Saved.</Alert>}
            <Group><Button type="submit" loading={save.isPending}>Save template</Button></Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
