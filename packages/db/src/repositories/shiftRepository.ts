/**
 * Shifts (SPEC C2). One shift per calendar and local date, enforced at write time: every shift is
 * written in one transaction with a `uniqueValue` claim on `calendarId#date` (create: the claim must
 * not exist; delete: the claim must still be this shift's), never by reading first and hoping.
 * Requests touching many shifts go through `writeSteps`: transactions of at most 100 items, undone
 * as a whole if one is canceled.
 */
import {
  addDays,
  applyShiftPatch,
  type Calendar,
  ConflictError,
  NotFoundError,
  occurrencesInScope,
  type Shift,
  type ShiftBreakInput,
  type ShiftEditScope,
  type ShiftTimesPatch,
  sortBreaks,
} from '@casefile/core';
import { type RepositoryContext, stampNew, stampUpdate } from './context';
import { concurrentChange } from './errors';
import type { TransactionEntities } from './sequenceAllocator';
import { StepsRejected, type WriteStep, writeSteps } from './shiftTransactions';
import { readOrThrow, type VersionedEntity } from './versionedWrite';
import { onVersionRead } from './writePrecondition';

const CLAIM_KIND = 'shiftDay';

export interface ShiftTimesInput {
  start: string;
  end: string;
  breaks: ShiftBreakInput[];
}

export interface CreatedSeries {
  seriesId: string;
  calendarId: string;
  shifts: Shift[];
}

/** A day that already has a shift, named for the 409. */
export interface ShiftClash {
  calendarId: string;
  date: string;
  shiftId?: string;
}

type ShiftStep = WriteStep & { shift: Shift };
type StoredShift = Shift & { seriesKey: string };

const toStored = (shift: Shift): StoredShift => ({ ...shift, seriesKey: shift.seriesId ?? '' });
function fromStored(item: unknown): Shift {
  const { seriesKey: _key, ...shift } = item as StoredShift;
  return shift;
}

export function createShiftRepository(ctx: RepositoryContext) {
  const { shift: shifts, uniqueValue } = ctx.service.entities;
  const versioned: VersionedEntity = shifts;
  const keysOf = (shiftId: string) => ({ clinicId: ctx.clinicId, shiftId });
  const claimOf = (calendarId: string, date: string) => ({ clinicId: ctx.clinicId, kind: CLAIM_KIND, value: `${calendarId}#${date}` });

  function draft(calendar: Pick<Calendar, 'calendarId' | 'locationId'>, date: string, times: ShiftTimesInput, seriesId?: string): Shift {
    return {
      ...keysOf(ctx.newId()),
      calendarId: calendar.calendarId,
      locationId: calendar.locationId,
      date,
      start: times.start,
      end: times.end,
      breaks: sortBreaks(times.breaks),
      ...(seriesId ? { seriesId } : {}),
      ...stampNew(ctx),
    };
  }

  /** The shift and its day claim, created together; undone only if both are still as written. */
  const createStep = (shift: Shift): ShiftStep => ({
    shift,
    items: 2,
    write: (entities) => [
      entities.uniqueValue.create({ ...claimOf(shift.calendarId, shift.date), ownerId: shift.shiftId }).commit(),
      entities.shift.create(toStored(shift)).commit(),
    ],
    undo: (entities) => deleteOperations(entities, shift),
  });

  const deleteStep = (shift: Shift): ShiftStep => ({
    shift,
    items: 2,
    write: (entities) => deleteOperations(entities, shift),
    undo: (entities) => createStep(shift).write(entities),
  });

  /** Replaces `current` by `next` (same keys, next version); undoing writes `current`'s values back as a newer version. */
  const replaceStep = (current: Shift, next: Shift): ShiftStep => ({
    shift: next,
    items: 1,
    write: (entities) => [
      entities.shift
        .put(toStored(next))
        .where((attributes, { eq }) => onVersionRead(keysOf(next.shiftId), attributes, eq, current.version))
        .commit(),
    ],
    undo: (entities) => [putIfVersion(entities, { ...current, ...stampUpdate(ctx, next) }, next.version)],
  });

  function deleteOperations(entities: TransactionEntities, shift: Shift): unknown[] {
    return [
      entities.uniqueValue
        .delete(claimOf(shift.calendarId, shift.date))
        .where(({ ownerId }, { eq }) => eq(ownerId, shift.shiftId))
        .commit(),
      entities.shift
        .delete(keysOf(shift.shiftId))
        .where(({ version }, { eq }) => eq(version, shift.version))
        .commit(),
    ];
  }

  function putIfVersion(entities: TransactionEntities, shift: Shift, version: number): unknown {
    return entities.shift
      .put(toStored(shift))
      .where(({ version: stored }, { eq }) => eq(stored, version))
      .commit();
  }

  async function existingClaim(calendarId: string, date: string): Promise<string | undefined> {
    const claim = await uniqueValue.get(claimOf(calendarId, date)).go({ consistent: true });
    return claim.data?.ownerId;
  }

  function clashError(calendars: readonly Pick<Calendar, 'calendarId' | 'name'>[], clashes: ShiftClash[]): ConflictError {
    const first = clashes[0]!;
    const name = calendars.find((calendar) => calendar.calendarId === first.calendarId)?.name ?? 'This calendar';
    const more = clashes.length > 1 ? ` (and ${clashes.length - 1} more days)` : '';
    return new ConflictError(`${name} already has a shift on ${first.date}${more}; one shift per calendar and day.`, 'shift_exists', {
      calendarId: first.calendarId,
      date: first.date,
      clashes: clashes.slice(0, 20),
    });
  }

  async function listForCalendar(calendarId: string, from: string, to: string): Promise<Shift[]> {
    const result = await shifts.query.byCalendar({ clinicId: ctx.clinicId, calendarId }).between({ date: from }, { date: to }).go({ pages: 'all' });
    return result.data.map(fromStored);
  }

  async function get(shiftId: string): Promise<Shift> {
    return fromStored(await readOrThrow<StoredShift>(versioned, keysOf(shiftId), 'Shift'));
  }

  async function listSeriesFrom(seriesId: string, date: string): Promise<Shift[]> {
    const result = await shifts.query.bySeries({ clinicId: ctx.clinicId, seriesKey: seriesId }).gte({ date }).go({ pages: 'all' });
    return result.data.map(fromStored);
  }

  return {
    get,

    /**
     * A calendar's shifts on the local dates `from` to `to` (both included), in date order: what the
     * availability engine reads. One Query on gsi1, every page; no range limit here.
     */
    listForCalendar,

    /** Every shift of a location on the dates `from` to `to` (both included): the weekly planning view. */
    async listForLocation(locationId: string, from: string, to: string): Promise<Shift[]> {
      // The sort key is date#calendarId: bound it by the next day so the last date's shifts are all in.
      const result = await shifts.query
        .byLocation({ clinicId: ctx.clinicId, locationId })
        .between({ date: from }, { date: addDays(to, 1) })
        .go({ pages: 'all' });
      return result.data.map(fromStored).filter((shift) => shift.date >= from && shift.date <= to);
    },

    /** The shifts of a series from `date` on (included), in date order. */
    listSeriesFrom,

    /** One shift; 409 naming the calendar and date when that day already has one. */
    async create(calendar: Pick<Calendar, 'calendarId' | 'locationId' | 'name'>, date: string, times: ShiftTimesInput): Promise<Shift> {
      const shift = draft(calendar, date, times);
      try {
        await writeSteps(ctx, [createStep(shift)]);
      } catch (error) {
        if (!(error instanceof StepsRejected)) throw error;
        const shiftId = await existingClaim(calendar.calendarId, date);
        if (!shiftId) throw concurrentChange('shift', error);
        throw clashError([calendar], [{ calendarId: calendar.calendarId, date, shiftId }]);
      }
      return shift;
    },

    /**
     * One series per calendar, a shift on each date. Checked against the shifts already there first
     * (409 listing the clashes, nothing written); the writes' own conditions catch a shift created in
     * between, and then everything written so far is undone before the 409.
     */
    async createSeries(
      calendars: readonly Pick<Calendar, 'calendarId' | 'locationId' | 'name'>[],
      dates: readonly string[],
      times: ShiftTimesInput,
    ): Promise<CreatedSeries[]> {
      if (dates.length === 0) return [];
      const wanted = new Set(dates);
      const existing = await Promise.all(calendars.map((calendar) => listForCalendar(calendar.calendarId, dates[0]!, dates[dates.length - 1]!)));
      const clashes = existing.flat().filter((shift) => wanted.has(shift.date)).map(({ calendarId, date, shiftId }) => ({ calendarId, date, shiftId }));
      if (clashes.length > 0) throw clashError(calendars, clashes);

      const series = calendars.map((calendar) => {
        const seriesId = ctx.newId();
        return { seriesId, calendarId: calendar.calendarId, shifts: dates.map((date) => draft(calendar, date, times, seriesId)) };
      });
      try {
        await writeSteps(ctx, series.flatMap((one) => one.shifts.map(createStep)));
      } catch (error) {
        if (!(error instanceof StepsRejected)) throw error;
        const { calendarId, date } = (error.rejected.step as ShiftStep).shift;
        const shiftId = await existingClaim(calendarId, date);
        if (!shiftId) throw concurrentChange('shift', error);
        throw clashError(calendars, [{ calendarId, date, shiftId }]);
      }
      return series;
    },

    /**
     * Changes the times or breaks of one shift, or of it and the later shifts of its series. Every
     * shift in scope is checked first (400 naming the field, nothing written); each write is
     * conditioned on the version read (409 on a concurrent change, everything undone).
     */
    async update(shiftId: string, patch: ShiftTimesPatch, scope: ShiftEditScope): Promise<Shift[]> {
      const anchor = await get(shiftId);
      const series = scope === 'following' && anchor.seriesId ? await listSeriesFrom(anchor.seriesId, anchor.date) : [];
      const targets = occurrencesInScope(anchor, series, scope);
      const next = applyShiftPatch(targets, patch).map((shift, index) => ({ ...shift, ...stampUpdate(ctx, targets[index]!) }));
      try {
        await writeSteps(ctx, targets.map((current, index) => replaceStep(current, next[index]!)));
      } catch (error) {
        if (error instanceof StepsRejected) throw concurrentChange('shift', error);
        throw error;
      }
      return next;
    },

    /** Deletes one shift, or it and the later shifts of its series; returns how many. */
    async remove(shiftId: string, scope: ShiftEditScope): Promise<number> {
      const anchor = await get(shiftId);
      const series = scope === 'following' && anchor.seriesId ? await listSeriesFrom(anchor.seriesId, anchor.date) : [];
      // The shift addressed goes last, so that a retry after a crash still finds it.
      const targets = occurrencesInScope(anchor, series, scope).reverse();
      try {
        await writeSteps(ctx, targets.map(deleteStep));
      } catch (error) {
        if (!(error instanceof StepsRejected)) throw error;
        const still = await shifts.get(keysOf(shiftId)).go({ consistent: true });
        if (!still.data) throw new NotFoundError('Shift', { cause: error });
        throw concurrentChange('shift', error);
      }
      return targets.length;
    },

    /**
     * Re-homes a calendar's shifts after the calendar moved to another location, so that the weekly
     * planning view finds them there. Safe to run again: it only rewrites shifts still elsewhere.
     */
    async relocateCalendar(calendarId: string, locationId: string): Promise<number> {
      const result = await shifts.query.byCalendar({ clinicId: ctx.clinicId, calendarId }).go({ pages: 'all' });
      const moved = result.data.map(fromStored).filter((shift) => shift.locationId !== locationId);
      try {
        await writeSteps(ctx, moved.map((shift) => replaceStep(shift, { ...shift, locationId, ...stampUpdate(ctx, shift) })));
      } catch (error) {
        if (error instanceof StepsRejected) throw concurrentChange('shift', error);
        throw error;
      }
      return moved.length;
    },
  };
}
