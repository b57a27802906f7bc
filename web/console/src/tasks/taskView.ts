/** What the tasks page shows, decided without React: filters to query, due labels, @mentions to member ids. */
import type { Schemas } from '../api/client';

export type Task = Schemas['Task'];
export type TaskFilter = { assignee: string; status: 'open' | 'closed' | 'all' };

export const ROLE_LABELS: Readonly<Record<Schemas['Role'], string>> = {
  owner: 'Owners',
  manager: 'Managers',
  front_desk: 'Front desk',
  provider: 'Providers',
  billing: 'Billing',
};

/** Who a task is for, as people read it. */
export function assigneeLabel(assignee: Task['assignee'], members: readonly { memberId: string; firstName: string; lastName: string }[]): string {
  if (assignee.kind === 'role') return ROLE_LABELS[assignee.role];
  const member = members.find((candidate) => candidate.memberId === assignee.memberId);
  return member ? `${member.firstName} ${member.lastName}` : 'A former member';
}

/** `overdue`, `today` or nothing, against the clinic's local today; closed tasks are never overdue. */
export function dueState(task: Pick<Task, 'dueDate' | 'status'>, today: string): 'overdue' | 'today' | undefined {
  if (!task.dueDate || (task.status !== 'open' && task.status !== 'in_progress')) return undefined;
  if (task.dueDate < today) return 'overdue';
  return task.dueDate === today ? 'today' : undefined;
}

/** The header badge's text: nothing when no task is open. */
export function countsLabel(counts: { open: number; overdue: number } | undefined): string | undefined {
  if (!counts || counts.open === 0) return undefined;
  return counts.overdue > 0 ? `${counts.open} (${counts.overdue} overdue)` : String(counts.open);
}

/**
 * The members a message @mentions: `@First`, `@First.Last` or `@first_last`, matched without case
 * against active members' names. A name two members share mentions both (better told twice than missed).
 */
export function mentionedMembers(text: string, members: readonly { memberId: string; firstName: string; lastName: string; active?: boolean }[]): string[] {
  const handles = [...text.matchAll(/(?:^|[^\w@])@([\p{L}][\p{L}'-]*(?:[._][\p{L}][\p{L}'-]*)?)/gu)].map((match) => match[1]!.toLowerCase());
  const found = new Set<string>();
  for (const handle of handles) {
    const [first, last] = handle.split(/[._]/);
    for (const member of members) {
      if (member.active === false) continue;
      if (member.firstName.toLowerCase() === first && (!last || member.lastName.toLowerCase() === last)) found.add(member.memberId);
    }
  }
  return [...found];
}
