/**
 * Working time for the living demo: a physiotherapist and a room at the clinic's second location, and
 * the weeks' shifts before today (the base seed plans from today on), copied from the same weekday.
 */
import { type Calendar, providerCalendarFor, repeatDates } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { Temporal } from 'temporal-polyfill';
import type { DemoClinic } from '../demoData';

export interface DayShift {
  calendarId: string;
  date: string;
  start: string;
  end: string;
  breaks: { start: string; end: string; label?: string | undefined }[];
}

const WEEKS_AHEAD = 8;

/** A provider and a room at the second location, both working Monday to Friday. */
export async function addSecondLocation(repos: ClinicRepositories, clinic: DemoClinic, today: Temporal.PlainDate): Promise<void> {
  const second = clinic.locations[1];
  if (!second) return;
  const locations = (await repos.locations.list({ limit: 100 })).items;
  const locationId = locations.find((location) => location.name === second.name)?.locationId;
  const discipline = (await repos.disciplines.list({ limit: 100 })).items[0];
  if (!locationId || !discipline) return;
  let calendar: Calendar | undefined;
  const person = { firstName: 'Aisha', lastName: 'Khan', disciplineIds: [discipline.disciplineId] };
  await repos.members.create(
    {
      ...person,
      email: `physio2@${clinic.slug}.demo`,
      role: 'provider',
      title: 'Registered Physiotherapist',
      active: true,
      notificationPreferences: { email: true, newBooking: true, reschedule: true, cancellation: true, noShow: true },
    },
    (memberId) => {
      calendar = repos.calendars.draft({ ...providerCalendarFor({ ...person, memberId }, locationId), onlineBooking: true });
      return calendar;
    },
  );
  const room = await repos.calendars.create({
    kind: 'room',
    name: `${second.city} Room A`,
    locationId,
    disciplineIds: [discipline.disciplineId],
    grantedMemberIds: [],
    onlineBooking: true,
    visibleHours: { start: '07:00', end: '21:00' },
    guardrails: { leadTimeMinutes: 120, bufferBeforeMinutes: 0, bufferAfterMinutes: 10, horizonDays: 60, selfCancelWindowHours: 24 },
    active: true,
  });
  const weekdays = repeatDates({ startDate: today.toString(), weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], weeks: WEEKS_AHEAD });
  if (calendar) await repos.shifts.createSeries([calendar], weekdays, { start: '09:00', end: '17:00', breaks: [{ start: '12:30', end: '13:15', label: 'Lunch' }] });
  await repos.shifts.createSeries([room], weekdays, { start: '08:00', end: '20:00', breaks: [] });
}

/**
 * Copies the coming week's shifts onto the same weekdays since `from` (the demo's past), gives every
 * provider a short day today when none works (a Sunday start still opens on a busy day), and answers
 * every shift from `from` to `to`.
 */
export async function fillPastShifts(repos: ClinicRepositories, calendars: Calendar[], from: Temporal.PlainDate, today: Temporal.PlainDate, to: Temporal.PlainDate): Promise<DayShift[]> {
  const locationIds = [...new Set(calendars.map((calendar) => calendar.locationId))];
  const byId = new Map(calendars.map((calendar) => [calendar.calendarId, calendar]));
  const coming = (await Promise.all(locationIds.map((id) => repos.shifts.listForLocation(id, today.toString(), today.add({ days: 6 }).toString())))).flat();
  for (const shift of coming) {
    const calendar = byId.get(shift.calendarId);
    if (!calendar) continue;
    for (let weeksBack = 1; weeksBack <= 2; weeksBack++) {
      const date = today.add({ days: daysFrom(today, shift.date) - 7 * weeksBack });
      if (date.toString() < from.toString() || date.toString() >= today.toString()) continue;
      await repos.shifts.create(calendar, date.toString(), { start: shift.start, end: shift.end, breaks: shift.breaks });
    }
  }
  const working = new Set(coming.filter((shift) => shift.date === today.toString()).map((shift) => shift.calendarId));
  const providers = calendars.filter((calendar) => calendar.kind === 'provider');
  for (const calendar of providers.some((calendar) => working.has(calendar.calendarId)) ? [] : providers) {
    {
      await repos.shifts.create(calendar, today.toString(), { start: '09:00', end: '15:00', breaks: [] });
    }
  }
  return (await Promise.all(locationIds.map((id) => repos.shifts.listForLocation(id, from.toString(), to.toString())))).flat();
}

function daysFrom(day: Temporal.PlainDate, date: string): number {
  return day.until(date, { largestUnit: 'days' }).days;
}
