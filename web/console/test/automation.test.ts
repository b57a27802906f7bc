/** The tasks, messages and waitlist pages' decisions: due states, header counts, @mentions, windows and offer states. */
import { describe, expect, it } from 'vitest';
import { matchRoute } from '../src/app/router';
import { assigneeLabel, countsLabel, dueState, mentionedMembers } from '../src/tasks/taskView';
import { describeDates, describeWindows, offerState } from '../src/waitlist/waitlistView';

const members = [
  { memberId: 'M1', firstName: 'Ana', lastName: 'Silva' },
  { memberId: 'M2', firstName: 'Ana', lastName: 'Berg' },
  { memberId: 'M3', firstName: 'Omar', lastName: 'Haddad' },
  { memberId: 'M4', firstName: 'Lee', lastName: 'Park', active: false },
];

describe('tasks page', () => {
  it('opens the tasks and waitlist pages from their paths', () => {
    expect(matchRoute('/tasks')).toEqual({ page: 'tasks' });
    expect(matchRoute('/waitlist/')).toEqual({ page: 'waitlist' });
    expect(matchRoute('/tasks/x')).toEqual({ page: 'not-found' });
  });

  it('marks open tasks due before today overdue, never closed ones', () => {
    expect(dueState({ status: 'open', dueDate: '2026-12-02' }, '2026-12-03')).toBe('overdue');
    expect(dueState({ status: 'in_progress', dueDate: '2026-12-03' }, '2026-12-03')).toBe('today');
    expect(dueState({ status: 'open', dueDate: '2026-12-04' }, '2026-12-03')).toBeUndefined();
    expect(dueState({ status: 'done', dueDate: '2026-12-01' }, '2026-12-03')).toBeUndefined();
    expect(dueState({ status: 'open' }, '2026-12-03')).toBeUndefined();
  });

  it('shows the header count only when something is open, overdue ones called out', () => {
    expect(countsLabel(undefined)).toBeUndefined();
    expect(countsLabel({ open: 0, overdue: 0 })).toBeUndefined();
    expect(countsLabel({ open: 3, overdue: 0 })).toBe('3');
    expect(countsLabel({ open: 3, overdue: 1 })).toBe('3 (1 overdue)');
  });

  it('names a task’s assignee, a role by its label', () => {
    expect(assigneeLabel({ kind: 'role', role: 'front_desk' }, members)).toBe('Front desk');
    expect(assigneeLabel({ kind: 'member', memberId: 'M3' }, members)).toBe('Omar Haddad');
    expect(assigneeLabel({ kind: 'member', memberId: 'gone' }, members)).toBe('A former member');
  });

  it('reads @mentions by first name or first.last, ignoring e-mail addresses and inactive members', () => {
    expect(mentionedMembers('@omar please call', members)).toEqual(['M3']);
    expect(mentionedMembers('@Ana.Berg and @ana_silva', members)).toEqual(['M2', 'M1']);
    expect(mentionedMembers('@Ana, both of you', members).sort()).toEqual(['M1', 'M2']);
    expect(mentionedMembers('mail omar@clinic.test, ask @Lee', members)).toEqual([]);
    expect(mentionedMembers('nobody here', members)).toEqual([]);
  });
});

describe('waitlist page', () => {
  it('describes windows and dates as people read them', () => {
    expect(describeWindows([])).toBe('Any time');
    expect(describeWindows([{ days: [3, 1], start: '09:00', end: '12:30' }, { days: [6], start: '10:00', end: '14:00' }])).toBe('Mon, Wed 9:00 AM–12:30 PM; Sat 10:00 AM–2:00 PM');
    expect(describeDates({})).toBe('Any date');
    expect(describeDates({ earliestDate: '2026-12-01' })).toBe('from 2026-12-01');
    expect(describeDates({ earliestDate: '2026-12-01', latestDate: '2026-12-31' })).toBe('2026-12-01 to 2026-12-31');
  });

  it('shows an unanswered offer past its expiry as expired before its schedule fires', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    expect(offerState({ status: 'offered', expiresAt: '2026-12-03T11:59:00Z' }, now)).toBe('expired');
    expect(offerState({ status: 'offered', expiresAt: '2026-12-03T12:30:00Z' }, now)).toBe('offered');
    expect(offerState({ status: 'accepted', expiresAt: '2026-12-03T11:00:00Z' }, now)).toBe('accepted');
  });
});
