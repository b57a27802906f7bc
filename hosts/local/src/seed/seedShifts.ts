/**
 * The demo calendars' working weeks for the next 8 weeks, written through the shift repository as
 * repeat series (so "edit this and following" works on them). Providers get one of three realistic
 * patterns by their position; rooms and equipment are open Monday to Friday, plus Saturday mornings.
 */
import { type Calendar, type CreateShift, repeatDates, type Weekday } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';

const SEED_WEEKS = 8;

interface Pattern {
  weekdays: Weekday[];
  times: Pick<CreateShift, 'start' | 'end' | 'breaks'>;
}

const PROVIDER_PATTERNS: Pattern[][] = [
  [{ weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], times: { start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '13:00', label: 'Lunch' }] } }],
  [
    {
      weekdays: ['MO', 'TU', 'WE', 'TH'],
      times: { start: '10:00', end: '18:30', breaks: [{ start: '13:00', end: '13:45', label: 'Lunch' }, { start: '16:00', end: '16:15' }] },
    },
    { weekdays: ['SA'], times: { start: '09:00', end: '13:00', breaks: [] } },
  ],
  [
    // A split day: mornings and late afternoons, with the gap as a break.
    { weekdays: ['MO', 'WE', 'FR'], times: { start: '07:30', end: '19:00', breaks: [{ start: '11:30', end: '15:00', label: 'Midday gap' }] } },
    { weekdays: ['TU', 'TH'], times: { start: '08:00', end: '14:00', breaks: [{ start: '10:30', end: '10:45' }] } },
  ],
];

const RESOURCE_PATTERN: Pattern[] = [
  { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], times: { start: '08:00', end: '20:00', breaks: [] } },
  { weekdays: ['SA'], times: { start: '09:00', end: '14:00', breaks: [] } },
];

export async function seedShifts(repos: ClinicRepositories, calendarIds: string[], today: string): Promise<void> {
  const calendars = await Promise.all(calendarIds.map((calendarId) => repos.calendars.get(calendarId)));
  const groups = new Map<Pattern, Calendar[]>();
  const add = (pattern: Pattern, calendar: Calendar) => groups.set(pattern, [...(groups.get(pattern) ?? []), calendar]);
  calendars
    .filter((calendar) => calendar.kind === 'provider')
    .forEach((calendar, index) => PROVIDER_PATTERNS[index % PROVIDER_PATTERNS.length]!.forEach((pattern) => add(pattern, calendar)));
  calendars.filter((calendar) => calendar.kind !== 'provider').forEach((calendar) => RESOURCE_PATTERN.forEach((pattern) => add(pattern, calendar)));
  for (const [pattern, members] of groups) {
    await repos.shifts.createSeries(members, repeatDates({ startDate: today, weekdays: pattern.weekdays, weeks: SEED_WEEKS }), pattern.times);
  }
}
