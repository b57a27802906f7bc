/**
 * A stored change of time on a calendar, read by the waitlist consumer (SPEC A9): what it frees
 * becomes an opening offered to the waitlist; what it takes withdraws the offers of open openings it
 * overlaps. Each opening's id comes from the change that made it, so a redelivered record changes nothing.
 */
import { type AppointmentSpan, type BlockSpan, freedByAppointment, freedByBlock, freedByShift, type OpeningSpan, openingId, type ShiftSpan, takenByAppointment } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { runOfferRound } from './offerRound';
import { withdrawOpenings } from './withdrawOpenings';

export interface TimeChange {
  source: 'appointment' | 'shift' | 'timeBlock';
  itemId: string;
  /** The version written by the change (one past the last one for a deleted item). */
  version: number;
  freed: OpeningSpan[];
  taken: OpeningSpan[];
}

type AppointmentImage = AppointmentSpan & { appointmentId: string; version: number };
type ShiftImage = ShiftSpan & { shiftId: string; locationId: string; version: number };
type BlockImage = BlockSpan & { blockId: string; version: number };

export function appointmentChange(before: AppointmentImage | undefined, after: AppointmentImage | undefined): TimeChange | undefined {
  const subject = after ?? before;
  if (!subject) return undefined;
  return { source: 'appointment', itemId: subject.appointmentId, version: after?.version ?? subject.version + 1, freed: freedByAppointment(before, after), taken: takenByAppointment(before, after) };
}

export function blockChange(before: BlockImage | undefined, after: BlockImage | undefined): TimeChange | undefined {
  const subject = after ?? before;
  if (!subject) return undefined;
  return { source: 'timeBlock', itemId: subject.blockId, version: after?.version ?? subject.version + 1, freed: freedByBlock(before, after), taken: [] };
}

export async function shiftChange(repos: ClinicRepositories, before: ShiftImage | undefined, after: ShiftImage | undefined): Promise<TimeChange | undefined> {
  if (!after) return undefined;
  const location = await repos.locations.get(after.locationId);
  return { source: 'shift', itemId: after.shiftId, version: after.version, freed: freedByShift(before, after, location.timeZone), taken: [] };
}

/** Withdraws what the change takes, then opens and offers what it frees (a move does both). */
export async function applyTimeChange(repos: ClinicRepositories, runtime: Runtime, change: TimeChange): Promise<void> {
  const now = runtime.clock.now().toISOString();
  for (const span of change.taken) await withdrawOpenings(repos, span);
  for (const span of change.freed) {
    if (span.end <= now) continue;
    const id = openingId(span, { itemId: change.itemId, version: change.version });
    await repos.waitlist.createOpening({ openingId: id, ...span, source: change.source });
    // Also when the opening existed: a redelivered record finishes a round an error cut short.
    await runOfferRound(repos, runtime, id);
  }
}
