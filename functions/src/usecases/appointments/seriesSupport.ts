/** Helpers the series and repeat operations share: derived ids, transaction packing and scope. */
import { createHash } from 'node:crypto';
import { appointmentsInScope, ConflictError, type SeriesScopeQuery } from '@casefile/core';
import type { AppointmentChange, CalendarDayKey, ClinicRepositories, StoredAppointment } from '@casefile/db';

/** DynamoDB's transaction limit, in items. */
const TRANSACTION_ITEMS = 100;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID derived from `base` (its time part) and `salt`: the same inputs give the same id. */
export function derivedId(base: string, salt: string): string {
  const digest = createHash('sha256').update(`${base}#${salt}`).digest();
  let random = '';
  for (let index = 0; index < 16; index++) random += CROCKFORD[digest[index]! % 32];
  return base.slice(0, 10) + random;
}

export async function clinicWindow(repos: ClinicRepositories): Promise<number> {
  return (await repos.clinic.get()).lateCancelWindowHours ?? 24;
}

export async function zoneOfCalendar(repos: ClinicRepositories, calendarId: string): Promise<string> {
  const [calendar] = await repos.calendars.getMany([calendarId]);
  const locations = await repos.locations.list({ limit: 100 });
  return locations.items.find((location) => location.locationId === calendar?.locationId)?.timeZone ?? 'UTC';
}

/** How many transaction items writing this change takes: the appointment, its occupancy (old and new), its days. */
export function itemsOf(change: AppointmentChange, days: number): number {
  const calendars = 1 + change.next.resourceCalendarIds.length;
  return 1 + calendars * (change.previous ? 2 : 1) + days;
}

export type Entry = { change: AppointmentChange; days: CalendarDayKey[] };

const entryItems = (entry: Entry) => itemsOf(entry.change, entry.days.length);

/** Entries packed, in order, into groups that each fit one transaction (`itemsIn` counts an entry's items). */
export function packed<T = Entry>(entries: readonly T[], itemsIn: (entry: T) => number = entryItems as (entry: T) => number): T[][] {
  const groups: T[][] = [];
  let items = TRANSACTION_ITEMS;
  for (const entry of entries) {
    const cost = itemsIn(entry);
    if (items + cost > TRANSACTION_ITEMS) {
      groups.push([]);
      items = 0;
    }
    groups.at(-1)!.push(entry);
    items += cost;
  }
  return groups;
}

/** Writes changes to existing appointments in as few transactions as fit, in order; unconditional, like staff bookings. */
export async function writeInChunks(repos: ClinicRepositories, entries: readonly Entry[]): Promise<void> {
  for (const group of packed(entries)) {
    const written = await repos.appointments.write(
      group.map((one) => one.change),
      group.flatMap((one) => one.days),
    );
    if (!written) throw new ConflictError('The appointments could not be saved; try again.', 'transaction_conflict');
  }
}

/** The appointments an action with `scope` reaches: `anchor` first, then the later ones of its series. */
export async function inScope(repos: ClinicRepositories, anchor: StoredAppointment, scope: SeriesScopeQuery['scope']): Promise<StoredAppointment[]> {
  const series = scope === 'following' && anchor.seriesId ? await repos.appointments.listSeriesFrom(anchor.seriesId, anchor.start) : [];
  return appointmentsInScope(anchor, series, scope);
}

export function changedBy(repos: ClinicRepositories, now: string, current: StoredAppointment, fields: Partial<StoredAppointment>): StoredAppointment {
  return { ...current, ...fields, updatedAt: now, updatedBy: repos.actor, version: current.version + 1 };
}
