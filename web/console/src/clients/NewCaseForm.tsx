/** Open a case file for a client: type and intake date; the API's field errors show at the fields. */
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { fieldError, unnamedError } from '../api/apiError';
import { CASE_TYPE_OPTIONS } from './caseTypes';

type CaseFile = Schemas['CaseFile'];

export function NewCaseForm({ clientId, today, onCreated, onCancel }: { clientId: string; today: string; onCreated(caseFile: CaseFile): void; onCancel?(): void }) {
  const queryClient = useQueryClient();
  const [caseType, setCaseType] = useState<CaseFile['caseType']>('private');
  const [title, setTitle] = useState('');
  const [intakeDate, setIntakeDate] = useState(today);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/clients/{id}/cases', { params: { path: { id: clientId } }, body: { caseType, intakeDate, ...(title.trim() ? { title: title.trim() } : {}) } as Schemas['CreateCase'] })),
    onSuccess: async (caseFile) => {
      await queryClient.invalidateQueries({ queryKey: ['client', clientId] });
      onCreated(caseFile);
    },
  });
  const generalError = unnamedError(create.error);
  return (
    <Stack gap={6} component="fieldset" className="plain-fieldset">
      <legend>New case</legend>
      <NativeSelect label="Case type" value={caseType} onChange={(event) => setCaseType(event.currentTarget.value as CaseFile['caseType'])} data={CASE_TYPE_OPTIONS} error={fieldError(create.error, 'caseType')} />
      <TextInput label="Title (optional)" value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={fieldError(create.error, 'title')} />
      <TextInput label="Intake date" type="date" value={intakeDate} onChange={(event) => setIntakeDate(event.currentTarget.value)} error={fieldError(create.error, 'intakeDate') ?? generalError} />
      <Group gap="xs">
        <Button size="xs" onClick={() => create.mutate()} loading={create.isPending}>Open case</Button>
        {onCancel && <Button size="xs" variant="default" onClick={onCancel}>Back</Button>}
      </Group>
    </Stack>
  );
}
