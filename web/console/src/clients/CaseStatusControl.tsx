/** Put a case on hold, discharge it, close it with a reason, or reopen it. */
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { errorText, fieldError } from '../api/apiError';
import { caseStatusActions, caseStatusBody } from './caseStatusActions';

type CaseStatus = Schemas['CaseStatus'];

export function CaseStatusControl({ caseFile }: { caseFile: Schemas['CaseFile'] }) {
  const queryClient = useQueryClient();
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const [refused, setRefused] = useState<string>();
  const change = useMutation({
    mutationFn: (body: Schemas['UpdateCase']) => unwrap(api.PATCH('/api/cases/{id}', { params: { path: { id: caseFile.caseId } }, body })),
    onSuccess: async () => {
      setClosing(false);
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['case', caseFile.caseId] });
      await queryClient.invalidateQueries({ queryKey: ['client', caseFile.clientId] });
    },
  });
  function choose(to: CaseStatus) {
    const body = caseStatusBody(to, reason);
    if ('error' in body) {
      setRefused(body.error);
      return;
    }
    setRefused(undefined);
    change.mutate(body);
  }
  const actions = caseStatusActions(caseFile.status);
  return (
    <Stack gap={6}>
      <Group gap="xs" role="group" aria-label="Case status">
        {actions.map((action) => (
          <Button key={action.to} size="compact-sm" variant={action.to === 'closed' ? 'light' : 'default'} color={action.to === 'closed' ? 'red' : undefined} loading={change.isPending && change.variables?.status === action.to} onClick={() => (action.needsReason ? setClosing(true) : choose(action.to))}>
            {action.label}
          </Button>
        ))}
      </Group>
      {closing && (
        <Group align="flex-end" gap="xs" component="form" onSubmit={(event) => { event.preventDefault(); choose('closed'); }}>
          <TextInput label="Reason for closing" value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={refused ?? fieldError(change.error, 'closingReason')} style={{ flex: 1 }} data-autofocus />
          <Button type="submit" size="sm" color="red">Close case</Button>
          <Button size="sm" variant="default" onClick={() => setClosing(false)}>Keep open</Button>
        </Group>
      )}
      {caseFile.status === 'closed' && caseFile.closingReason && <Alert p="xs" color="gray">Closed: {caseFile.closingReason}</Alert>}
      {change.isError && !fieldError(change.error, 'closingReason') && <Alert p="xs" color="red" role="alert">{errorText(change.error)}</Alert>}
    </Stack>
  );
}
