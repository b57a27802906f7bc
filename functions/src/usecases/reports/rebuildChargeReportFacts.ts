import { type Calendar, chargeReportFactsOf, type RollupSource } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { allPages } from './reportScope';

/**
 * The rebuild's side of the charge report facts (R3): each charge keeps the facts already recorded;
 * a charge the rollups never saw (written before facts were kept, or in bulk) gets them from the
 * rebuild's own source documents, recorded the same way the consumer would, so both agree afterwards.
 */
export async function attachChargeReportFacts(repos: Pick<ClinicRepositories, 'chargeReportFacts' | 'calendars'>, sources: readonly RollupSource[]): Promise<{ sources: RollupSource[]; recorded: number }> {
  const recorded = await repos.chargeReportFacts.listAll();
  const appointments = new Map<string, Extract<RollupSource, { entity: 'appointment' }>['item']>();
  const cases = new Map<string, Extract<RollupSource, { entity: 'caseFile' }>['item']>();
  const payers = new Map<string, readonly { payerId: string; kind: string }[]>();
  for (const source of sources) {
    if (source.entity === 'appointment' && source.item.appointmentId) appointments.set(source.item.appointmentId, source.item);
    if (source.entity === 'caseFile') cases.set(source.item.caseId, source.item);
    if (source.entity === 'caseBilling') payers.set(source.item.caseId, source.item.payers);
  }
  let calendars: Map<string, Calendar> | undefined;
  const missing = sources.filter((source) => source.entity === 'charge' && !recorded.has(source.item.chargeId));
  if (missing.length > 0) calendars = new Map((await allPages((cursor) => repos.calendars.list({ limit: 100, cursor }))).map((calendar) => [calendar.calendarId, calendar]));
  const entries = missing.flatMap((source) => {
    if (source.entity !== 'charge') return [];
    const charge = source.item;
    const appointment = charge.appointmentId ? appointments.get(charge.appointmentId) : undefined;
    const facts = chargeReportFactsOf({
      payerId: charge.payerId,
      appointment,
      calendarLocationId: appointment ? calendars?.get(appointment.calendarId)?.locationId : undefined,
      caseFile: cases.get(charge.caseId),
      payers: payers.get(charge.caseId),
    });
    return [{ chargeId: charge.chargeId, facts }];
  });
  for (const [chargeId, facts] of await repos.chargeReportFacts.recordMany(entries)) recorded.set(chargeId, facts);
  const attached = sources.map((source): RollupSource => (source.entity === 'charge' ? { entity: 'charge', item: { ...source.item, reportFacts: recorded.get(source.item.chargeId) } } : source));
  return { sources: attached, recorded: missing.length };
}
