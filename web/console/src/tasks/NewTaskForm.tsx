/** A task for a member or a role, with a due date and priority. */
import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorText } from '../api/apiError';
import type { Schemas } from '../api/client';
import { useMembers, useTaskChanges } from './taskQueries';
import { ROLE_LABELS } from './taskView';

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([role, label]) => ({ value: `role:${role}`, label }));

export function NewTaskForm() {
  const members = useMembers();
  const { create } = useTaskChanges();
  const [title, setTitle] = useState('');
  const [assignee, setAssignee] = useState<string | null>('role:front_desk');
  const [dueDate, setDueDate] = useState('');
  const [priority, setPriority] = useState<Schemas['CreateTask']['priority']>('normal');
  const memberOptions = (members.data?.items ?? []).filter((member) => member.active !== false).map((member) => ({ value: `member:${member.memberId}`, label: `${member.firstName} ${member.lastName}` }));
  const submit = () => {
    const [kind, id] = (assignee ?? 'role:front_desk').split(':') as [string, string];
    const target: Schemas['TaskAssignee'] = kind === 'member' ? { kind: 'member', memberId: id } : { kind: 'role', role: id as Schemas['Role'] };
    create.mutate({ title, assignee: target, priority, ...(dueDate ? { dueDate } : {}) }, { onSuccess: () => setTitle('') });
  };
  return (
    <Group align="end" wrap="wrap" component="form" onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <TextInput label="New task" value={title} onChange={(event) => setTitle(event.currentTarget.value)} style={{ flex: 1, minWidth: 220 }} />
      <Select label="For" data={[{ group: 'Roles', items: ROLE_OPTIONS }, { group: 'Members', items: memberOptions }]} value={assignee} onChange={setAssignee} w={180} />
      <TextInput label="Due" type="date" value={dueDate} onChange={(event) => setDueDate(event.currentTarget.value)} w={150} />
      <Select label="Priority" data={['low', 'normal', 'high', 'urgent']} value={priority} onChange={(value) => value && setPriority(value as typeof priority)} w={110} />
      <Button type="submit" disabled={!title.trim()} loading={create.isPending}>Add task</Button>
      {create.error && <Text size="sm" c="red" role="alert">{errorText(create.error)}</Text>}
    </Group>
  );
}
