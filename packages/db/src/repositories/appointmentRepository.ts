import { type AppointmentStatus, ConflictError, isActiveStatus, NotFoundError } from '@casefile/core';
import type { StoredAppointment } from '../entities/appointment';
import type { Placement } from '../entities/occupancy';
import type { TransactionEntities } from './sequenceAllocator';

export type { StoredAppointment, Placement };
import type { Page, PageRequest, RepositoryContext } from './context';
import { concurrentChange, isConditionFailure, isTransactionConflict } from './errors';
import { queryPage } from './paging';

/** One calendar and local date whose guard version an appointment write bumps. */
export interface CalendarDayKey {
  calendarId: string;
  date: string;
}

export interface BusyTime {
  appointmentId: string;
  start: string;
  end: string;
}

/** What one appointment write changes; several go in one transaction (a move writes two). */
export interface AppointmentChange {
  next: StoredAppointment;
  /** The stored state this change replaces; absent for a new appointment. */
  previous?: StoredAppointment;
}

/** The guard versions a no-overlap booking read its availability at; undefined = the day had none. */
export type GuardVersions = ReadonlyMap<string, number | undefined>;

/** The longest session (8 h) plus the largest buffer either side: how far back an overlapping start can be. */
const LONGEST_HOLD_MS = (8 * 60 + 2 * 240) * 60_000;

export const dayKey = (day: CalendarDayKey) => `${day.calendarId}#${day.date}`;

/** An appointment's occupancy item on one of its calendars (the import writes them too). */
export function occupancyItem(clinicId: string, item: StoredAppointment, calendarId: string) {
  return {
    clinicId,
    calendarId,
    appointmentId: item.appointmentId,
    start: item.start,
    end: item.end,
    status: item.status,
    caseId: item.caseId,
    clientId: item.clientId,
    sessionId: item.sessionId,
    mainCalendarId: item.calendarId,
  };
}

export function createAppointmentRepository(ctx: RepositoryContext) {
  const { appointment, occupancy, calendarDay } = ctx.service.entities;
  const keysOf = (appointmentId: string) => ({ clinicId: ctx.clinicId, appointmentId });

  /** The series index key is stored with the appointment and hidden from reads. */
  const stored = (item: StoredAppointment) => ({ ...item, seriesKey: item.seriesId ?? '' });

  const occupancyOf = (item: StoredAppointment, calendarId: string) => occupancyItem(ctx.clinicId, item, calendarId);

  /**
   * An appointment keeps an occupancy item on each of its calendars in every status (the day view
   * shows canceled ones when asked); busy time counts only the active ones. A transaction may touch
   * an item once, so occupancy the next state puts again is overwritten, not deleted.
   */
  function changeOperations(entities: TransactionEntities, change: AppointmentChange) {
    const { next, previous } = change;
    const operations = [];
    const nextCalendars = [next.calendarId, ...next.resourceCalendarIds];
    if (previous) {
      operations.push(entities.appointment.put(stored(next)).where(({ version }, { eq }) => eq(version, previous.version)).commit());
      for (const calendarId of [previous.calendarId, ...previous.resourceCalendarIds]) {
        if (next.start === previous.start && nextCalendars.includes(calendarId)) continue;
        operations.push(entities.occupancy.delete({ clinicId: ctx.clinicId, calendarId, start: previous.start, appointmentId: previous.appointmentId }).commit());
      }
    } else {
      operations.push(entities.appointment.create(stored(next)).commit());
    }
    for (const calendarId of nextCalendars) operations.push(entities.occupancy.put(occupancyOf(next, calendarId)).commit());
    return operations;
  }

  async function placementsBetween(calendarId: string, from: string, to: string): Promise<Placement[]> {
    const earliest = new Date(Date.parse(from) - LONGEST_HOLD_MS).toISOString();
    const result = await occupancy.query
      .primary({ clinicId: ctx.clinicId, calendarId })
      .between({ start: earliest }, { start: to })
      .go({ pages: 'all' });
    return result.data.filter((item) => item.end > from && item.start < to);
  }

  return {
    async get(appointmentId: string): Promise<StoredAppointment> {
      const result = await appointment.get(keysOf(appointmentId)).go({ consistent: true });
      if (!result.data) throw new NotFoundError('Appointment');
      return result.data as StoredAppointment;
    },

    /** The guard versions of these calendar days, read strongly consistent; a day never written has none. */
    async readGuardVersions(days: readonly CalendarDayKey[]): Promise<Map<string, number | undefined>> {
      const versions = new Map<string, number | undefined>(days.map((day) => [dayKey(day), undefined]));
      if (days.length === 0) return versions;
      const result = await calendarDay.get(days.map((day) => ({ clinicId: ctx.clinicId, ...day }))).go({ consistent: true });
      for (const item of result.data) if (item) versions.set(dayKey(item), item.version);
      return versions;
    },

    /** Every appointment (any status) placed on a calendar overlapping [from, to): one Query. */
    placementsBetween,

    /** Active appointments holding time on a calendar that overlaps [from, to): one Query. */
    async busyBetween(calendarId: string, from: string, to: string): Promise<BusyTime[]> {
      return (await placementsBetween(calendarId, from, to))
        .filter((item) => isActiveStatus(item.status as AppointmentStatus))
        .map((item) => ({ appointmentId: item.appointmentId, start: item.start, end: item.end }));
    },

    /**
     * Writes appointment changes, their occupancy and a bump of every calendar day they touch, in one
     * transaction. With `guard`, each touched day must still be at the version read (or still have
     * none): a concurrent write to any of those days cancels the transaction and this answers false,
     * so the caller re-reads and decides again. Without it (staff bookings may overlap) the bump is
     * unconditional, so guarded bookings still see the change.
     */
    async write(changes: readonly AppointmentChange[], days: readonly CalendarDayKey[], guard?: GuardVersions): Promise<boolean> {
      const uniqueDays = [...new Map(days.map((day) => [dayKey(day), day])).values()];
      try {
        const result = await ctx.service.transaction
          .write((entities) => [
            ...changes.flatMap((change) => changeOperations(entities, change)),
            ...uniqueDays.map((day) => {
              const keys = { clinicId: ctx.clinicId, ...day };
              if (!guard) return entities.calendarDay.update(keys).add({ version: 1 }).commit();
              const read = guard.get(dayKey(day));
              return read === undefined
                ? entities.calendarDay.create({ ...keys, version: 1 }).commit()
                : entities.calendarDay.update(keys).set({ version: read + 1 }).where(({ version }, { eq }) => eq(version, read)).commit();
            }),
          ])
          .go();
        if (!result.canceled) return true;
      } catch (error) {
        if (!isTransactionConflict(error) && !isConditionFailure(error)) throw error;
      }
      if (!guard && changes.some((change) => change.previous)) throw concurrentChange('appointment');
      return false;
    },

    /** Appointments by id, strongly consistent, in the order asked; missing ones are left out. */
    async getMany(appointmentIds: readonly string[]): Promise<StoredAppointment[]> {
      if (appointmentIds.length === 0) return [];
      const result = await appointment.get(appointmentIds.map(keysOf)).go({ consistent: true, preserveBatchOrder: true });
      return result.data.filter((item): item is NonNullable<typeof item> => Boolean(item)) as StoredAppointment[];
    },

    /** The appointments of a series starting at or after `from`, by start (gsi4, sparse). */
    async listSeriesFrom(seriesId: string, from: string): Promise<StoredAppointment[]> {
      const result = await appointment.query.bySeries({ clinicId: ctx.clinicId, seriesKey: seriesId }).gte({ start: from }).go({ pages: 'all' });
      return result.data as StoredAppointment[];
    },

    listForCase: (caseId: string, page: PageRequest): Promise<Page<StoredAppointment>> =>
      queryPage(appointment.query.byCase({ clinicId: ctx.clinicId, caseId }), page),

    /** Every appointment of a client, by start: grows with that client's history only (gsi3). */
    async listAllForClient(clientId: string): Promise<StoredAppointment[]> {
      const result = await appointment.query.byClient({ clinicId: ctx.clinicId, clientId }).go({ pages: 'all' });
      return result.data as StoredAppointment[];
    },

    listForClient: (clientId: string, page: PageRequest): Promise<Page<StoredAppointment>> =>
      queryPage(appointment.query.byClient({ clinicId: ctx.clinicId, clientId }), page),
  };
}

export function slotTaken(reasons: unknown[]): ConflictError {
  return new ConflictError('That time is no longer free.', 'slot_taken', { reasons });
}
