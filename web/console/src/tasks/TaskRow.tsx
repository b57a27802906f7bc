/** One task in the list: its state and links, the buttons that move it on, and its comments when opened. */
import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from '../app/Link';
import { errorText } from '../api/apiError';
import { displayInstant } from '../lib/zonedTime';
import { useTaskChanges } from './taskQueries';
import { dueState, type Task } from './taskView';

const PRIORITY_COLORS = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' } as const;

export function TaskRow({ task, assignee, today, timeZone }: { task: Task; assignee: string; today: string; timeZone: string }) {
  const changes = useTaskChanges();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const due = dueState(task, today);
  const move = (status: Task['status']) => changes.update.mutate({ taskId: task.taskId, patch: { status } });
  const failure = changes.update.error ?? changes.comment.error;
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <Anchor component="button" type="button" onClick={() => setOpen(!open)} aria-expanded={open}>{task.title}</Anchor>
          {task.caseId && <> · <Link href={`/cases/${task.caseId}`}>case</Link></>}
          {!task.caseId && task.clientId && <> · <Link href={`/clients/${task.clientId}`}>client</Link></>}
        </Table.Td>
        <Table.Td>{assignee}</Table.Td>
        <Table.Td>{task.dueDate ?? '—'} {due && <Badge size="xs" color={due === 'overdue' ? 'red' : 'yellow'} variant="light">{due}</Badge>}</Table.Td>
        <Table.Td><Badge size="sm" variant="light" color={PRIORITY_COLORS[task.priority]}>{task.priority}</Badge></Table.Td>
        <Table.Td>{task.status.replace('_', ' ')}{task.source !== 'staff' && <Text span size="xs" c="dimmed"> ({task.source.replace('_', ' ')})</Text>}</Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            {task.status === 'open' && <Button size="compact-xs" variant="light" onClick={() => move('in_progress')}>Start</Button>}
            {(task.status === 'open' || task.status === 'in_progress') && <Button size="compact-xs" onClick={() => move('done')}>Done</Button>}
            {(task.status === 'done' || task.status === 'canceled') && <Button size="compact-xs" variant="subtle" onClick={() => move('open')}>Reopen</Button>}
          </Group>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <Stack gap={4}>
              {task.description && <Text size="sm">{task.description}</Text>}
              <Stack gap={2} component="ul" className="plain-list" aria-label={`Comments on ${task.title}`}>
                {task.comments.map((item) => <Text component="li" size="sm" key={item.commentId}>{displayInstant(item.at, timeZone)}: {item.text}</Text>)}
              </Stack>
              <Group gap="xs" align="end">
                <TextInput size="xs" label="Comment" value={comment} onChange={(event) => setComment(event.currentTarget.value)} style={{ flex: 1 }} />
                <Button size="xs" disabled={!comment.trim()} onClick={() => changes.comment.mutate({ taskId: task.taskId, text: comment }, { onSuccess: () => setComment('') })}>Add comment</Button>
              </Group>
              {failure && <Text size="sm" c="red" role="alert">{errorText(failure)}</Text>}
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
