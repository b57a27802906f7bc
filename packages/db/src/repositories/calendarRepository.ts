import type { Calendar, CalendarListQuery, CreateCalendar, Guardrails, UpdateCalendar } from '@casefile/core';
import { type Page, type RepositoryContext, stampNew } from './context';
import { queryPage } from './paging';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

type StoredCalendar = Calendar & { version: number };

export function createCalendarRepository(ctx: RepositoryContext) {
  const { calendar } = ctx.service.entities;
  const versioned: VersionedEntity = calendar;
  const keysOf = (calendarId: string) => ({ clinicId: ctx.clinicId, calendarId });

  return {
    /** Every calendar of the clinic (a short list in one partition), optionally of one location or kind. */
    async list(query: CalendarListQuery): Promise<Page<Calendar>> {
      const find = calendar.query.primary({ clinicId: ctx.clinicId }).where((attributes, { eq }) => {
        const conditions = [];
        if (query.locationId) conditions.push(eq(attributes.locationId, query.locationId));
        if (query.kind) conditions.push(eq(attributes.kind, query.kind));
        return conditions.join(' AND ');
      });
      return queryPage(find, { limit: query.limit, cursor: query.cursor });
    },

    get: (calendarId: string) => readOrThrow<Calendar>(versioned, keysOf(calendarId), 'Calendar'),

    /** Several calendars at once (find time across calendars); missing ids are left out. */
    async getMany(calendarIds: string[]): Promise<Calendar[]> {
      if (calendarIds.length === 0) return [];
      const result = await calendar.get(calendarIds.map(keysOf)).go({ preserveBatchOrder: true });
      return result.data.filter((item): item is NonNullable<typeof item> => Boolean(item)) as Calendar[];
    },

    create: (input: CreateCalendar) =>
      createVersioned<Calendar>(versioned, { ...input, ...keysOf(ctx.newId()), ...stampNew(ctx) }, 'calendar'),

    /** The item a new provider's own calendar is, for writing in the member's transaction. */
    draft(input: CreateCalendar): Calendar {
      return { ...input, ...keysOf(ctx.newId()), ...stampNew(ctx) } as Calendar;
    },

    update: (calendarId: string, patch: UpdateCalendar) =>
      patchVersioned<StoredCalendar>(ctx, versioned, keysOf(calendarId), { ...patch, guardrails: undefined }, 'Calendar', (current, merged) =>
        patch.guardrails ? { ...merged, guardrails: { ...current.guardrails, ...patch.guardrails } as Guardrails } : merged,
      ),
  };
}
