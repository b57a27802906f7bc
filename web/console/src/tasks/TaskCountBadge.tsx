/** The header's count of my open tasks (mine and my role's), overdue ones called out. */
import { Badge } from '@mantine/core';
import { countsLabel } from './taskView';
import { useTaskCounts } from './taskQueries';

export function TaskCountBadge() {
  const counts = useTaskCounts();
  const label = countsLabel(counts.data);
  if (!label) return null;
  return <Badge size="sm" variant="filled" color={counts.data!.overdue > 0 ? 'red' : 'blue'} aria-label={`${label} open tasks`}>{label}</Badge>;
}
