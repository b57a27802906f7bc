import { Temporal } from 'temporal-polyfill';
import { type Calendar, canSeeCalendar, type DayView, type DayViewQuery, STATUS_COUNT_ORDER } from '@casefile/core';
import type { ClinicRepositories, Placement } from '@casefile/db';
import { complete } from '../availability/calendarInputs';
import type { CallerIdentity } from '../../http/staffIdentity';

/**
 * The day view (A5) of one location and local date. Its cost depends on the day, never on the
 * clinic's history: one Query each for the location's calendars, the day's shifts and the sessions,
 * one Query per column for blocks and one for its appointments, then batched reads of the
 * appointments, their cases and their clients.
 */
export async function buildDayView(repos: ClinicRepositories, caller: CallerIdentity, query: DayViewQuery): Promise<DayView> {
  const location = await repos.locations.get(query.locationId);
  const dayStart = Temporal.PlainDate.from(query.date).toZonedDateTime({ timeZone: location.timeZone });
  const from = dayStart.toInstant().toString();
  const to = dayStart.add({ days: 1 }).toInstant().toString();

  const [calendarsPage, shifts, sessionsPage] = await Promise.all([
    repos.calendars.list({ locationId: query.locationId, limit: 100 }),
    repos.shifts.listForLocation(query.locationId, query.date, query.date),
    repos.sessions.list({ limit: 100 }),
  ]);
  const shiftOf = new Map(shifts.map((shift) => [shift.calendarId, shift]));
  const visible = complete(calendarsPage, 'calendars').filter((calendar) => canSeeCalendar(caller, calendar));
  const columns: Calendar[] = query.calendarIds
    ? query.calendarIds.map((id) => visible.find((calendar) => calendar.calendarId === id)).filter((calendar): calendar is Calendar => Boolean(calendar))
    : visible.filter((calendar) => calendar.active && shiftOf.has(calendar.calendarId));
  const shown = query.disciplineId ? columns.filter((calendar) => calendar.disciplineIds.includes(query.disciplineId!)) : columns;

  const perColumn = await Promise.all(
    shown.map(async (calendar) => {
      const [blocks, placements] = await Promise.all([
        repos.timeBlocks.overlapping(calendar.calendarId, from, to),
        repos.appointments.placementsBetween(calendar.calendarId, from, to),
      ]);
      return { calendar, blocks: complete(blocks, 'time blocks'), placements };
    }),
  );

  const shownAppointments = await describedPlacements(repos, perColumn.flatMap((column) => column.placements));
  const [cases, clients] = await Promise.all([
    repos.cases.getMany([...new Set([...shownAppointments.values()].map((item) => item.caseId))]),
    repos.clients.getMany([...new Set([...shownAppointments.values()].map((item) => item.clientId))]),
  ]);
  const caseLabel = new Map(cases.map((item) => [item.caseId, item.caseLabel]));
  const clientName = new Map(clients.map((item) => [item.clientId, `${item.preferredName ?? item.firstName} ${item.lastName}`]));
  const sessionName = new Map(complete(sessionsPage, 'sessions').map((item) => [item.sessionId, item.name]));

  const counts: Record<string, number> = Object.fromEntries(STATUS_COUNT_ORDER.map((status) => [status, 0]));
  const counted = new Set<string>();
  const describe = (item: DescribedPlacement) => ({
    appointmentId: item.appointmentId,
    start: item.start,
    end: item.end,
    status: item.status,
    caseId: item.caseId,
    caseLabel: caseLabel.get(item.caseId) ?? '',
    clientId: item.clientId,
    clientName: clientName.get(item.clientId) ?? '',
    sessionId: item.sessionId,
    sessionName: sessionName.get(item.sessionId) ?? '',
    calendarId: item.mainCalendarId,
  });

  const result = perColumn.map(({ calendar, blocks, placements }) => {
    const items = placements.map((placement) => shownAppointments.get(placement.appointmentId)).filter((item): item is DescribedPlacement => Boolean(item));
    for (const item of items) {
      if (counted.has(item.appointmentId)) continue;
      counted.add(item.appointmentId);
      counts[item.status] = (counts[item.status] ?? 0) + 1;
    }
    const shift = shiftOf.get(calendar.calendarId);
    return {
      calendarId: calendar.calendarId,
      name: calendar.name,
      kind: calendar.kind,
      disciplineIds: calendar.disciplineIds,
      visibleHours: calendar.visibleHours,
      shift: shift ? { shiftId: shift.shiftId, start: shift.start, end: shift.end, breaks: shift.breaks } : null,
      blocks: blocks.map((block) => ({ blockId: block.blockId, kind: block.kind, ...(block.label ? { label: block.label } : {}), start: block.start, end: block.end })),
      appointments: items.filter((item) => query.statuses.includes(item.status)).map(describe),
    };
  });

  return {
    locationId: location.locationId,
    date: query.date,
    timeZone: location.timeZone,
    columns: result,
    counts,
    total: Object.entries(counts).filter(([status]) => status !== 'canceled' && status !== 'rebooked').reduce((sum, [, count]) => sum + count, 0),
  };
}

type DescribedPlacement = Required<Placement>;

/**
 * Each appointment once, described from its occupancy item. Items written before occupancy carried
 * the case, client and session are completed from their appointments.
 */
async function describedPlacements(repos: ClinicRepositories, placements: readonly Placement[]): Promise<Map<string, DescribedPlacement>> {
  const described = new Map<string, DescribedPlacement>();
  const incomplete = new Set<string>();
  for (const placement of placements) {
    if (placement.caseId && placement.clientId && placement.sessionId && placement.mainCalendarId) described.set(placement.appointmentId, placement as DescribedPlacement);
    else incomplete.add(placement.appointmentId);
  }
  for (const item of await repos.appointments.getMany([...incomplete].filter((id) => !described.has(id)))) {
    described.set(item.appointmentId, { ...item, mainCalendarId: item.calendarId } as DescribedPlacement);
  }
  return described;
}
