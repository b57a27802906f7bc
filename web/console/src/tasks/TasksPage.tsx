/** My tasks (mine and my role's), or one role's or member's, open or closed; each opens to its comments. */
import { Group, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useLocations } from '../api/queries';
import { todayIn } from '../lib/zonedTime';
import { QueryState } from '../ui/QueryState';
import { NewTaskForm } from './NewTaskForm';
import { TaskRow } from './TaskRow';
import { useMembers, useTasks } from './taskQueries';
import { assigneeLabel, ROLE_LABELS, type TaskFilter } from './taskView';

const ASSIGNEE_OPTIONS = [{ value: 'me', label: 'My tasks' }, ...Object.entries(ROLE_LABELS).map(([role, label]) => ({ value: role, label }))];

export default function TasksPage() {
  const [filter, setFilter] = useState<TaskFilter>({ assignee: 'me', status: 'open' });
  const tasks = useTasks(filter);
  const members = useMembers();
  const timeZone = useLocations().data?.items[0]?.timeZone ?? 'UTC';
  const today = todayIn(timeZone);
  const people = members.data?.items ?? [];
  return (
    <Stack className="page" gap="md">
      <Title order={1} size="h3">Tasks</Title>
      <NewTaskForm />
      <Group gap="sm" align="end">
        <Select label="Whose" data={ASSIGNEE_OPTIONS} value={filter.assignee} onChange={(value) => value && setFilter({ ...filter, assignee: value })} w={180} />
        <SegmentedControl aria-label="Task status" value={filter.status} onChange={(value) => setFilter({ ...filter, status: value as TaskFilter['status'] })} data={[{ value: 'open', label: 'Open' }, { value: 'closed', label: 'Closed' }, { value: 'all', label: 'All' }]} />
      </Group>
      {!tasks.data ? <QueryState query={tasks} label="tasks" /> : tasks.data.items.length === 0 ? <Text>No tasks here.</Text> : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Tasks">
            <Table.Thead><Table.Tr><Table.Th>Task</Table.Th><Table.Th>For</Table.Th><Table.Th>Due</Table.Th><Table.Th>Priority</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {tasks.data.items.map((task) => <TaskRow key={task.taskId} task={task} assignee={assigneeLabel(task.assignee, people)} today={today} timeZone={timeZone} />)}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
