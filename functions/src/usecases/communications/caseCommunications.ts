/** A case's communication log: every visit's notices and what staff recorded (SPEC K6). */
import { buildCommunicationLog, type Communication } from '@casefile/core';
import type { StoredAppointment } from '@casefile/db';
import type { StaffContext } from '../context';

export async function caseCommunications(ctx: StaffContext, caseId: string): Promise<{ items: Communication[] }> {
  await ctx.repos.cases.get(caseId);
  const visits = await allVisits(ctx, caseId);
  const [notices, recorded] = await Promise.all([
    Promise.all(visits.map(async (visit) => ({ appointmentId: visit.appointmentId, start: visit.start, entries: await ctx.repos.notifications.log(visit.appointmentId) }))),
    ctx.repos.communications.listForCase(caseId),
  ]);
  return { items: buildCommunicationLog(notices, recorded) };
}

async function allVisits(ctx: StaffContext, caseId: string): Promise<StoredAppointment[]> {
  const visits: StoredAppointment[] = [];
  let cursor: string | undefined;
  do {
    const page = await ctx.repos.appointments.listForCase(caseId, { limit: 100, cursor });
    visits.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return visits;
}
