import { type ChargeFacts, type ChargeReportFacts, chargeReportFactsOf, NotFoundError, type RollupSource } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';

type FactsRepositories = Pick<ClinicRepositories, 'chargeReportFacts' | 'appointments' | 'calendars' | 'cases' | 'billing'>;

/**
 * The report facts of a charge (R3): those recorded when the rollups first saw it, or, at first
 * sight, read from its appointment, calendar, case and case billing as they stand now and recorded.
 */
export async function reportFactsOfCharge(repos: FactsRepositories, charge: Pick<ChargeFacts, 'chargeId' | 'caseId' | 'appointmentId' | 'payerId'>): Promise<ChargeReportFacts> {
  const recorded = await repos.chargeReportFacts.get(charge.chargeId);
  if (recorded) return recorded;
  const [appointments, cases, payers] = await Promise.all([
    charge.appointmentId ? repos.appointments.getMany([charge.appointmentId]) : [],
    repos.cases.getMany([charge.caseId]),
    repos.billing.caseBilling(charge.caseId).then(
      (billing) => billing.payers,
      (error: unknown) => {
        if (error instanceof NotFoundError) return [];
        throw error;
      },
    ),
  ]);
  const appointment = appointments[0];
  const [calendar] = appointment ? await repos.calendars.getMany([appointment.calendarId]) : [];
  const facts = chargeReportFactsOf({ payerId: charge.payerId, appointment, calendarLocationId: calendar?.locationId, caseFile: cases[0], payers });
  return repos.chargeReportFacts.record(charge.chargeId, facts);
}

/** A record's two images with the charge's recorded facts attached (other sources unchanged). */
export async function withChargeReportFacts(
  repos: FactsRepositories,
  before: RollupSource | undefined,
  after: RollupSource | undefined,
): Promise<[RollupSource | undefined, RollupSource | undefined]> {
  const charge = after?.entity === 'charge' ? after.item : before?.entity === 'charge' ? before.item : undefined;
  if (!charge) return [before, after];
  const reportFacts = await reportFactsOfCharge(repos, charge);
  const attach = (source: RollupSource | undefined): RollupSource | undefined => (source?.entity === 'charge' ? { entity: 'charge', item: { ...source.item, reportFacts } } : source);
  return [attach(before), attach(after)];
}
