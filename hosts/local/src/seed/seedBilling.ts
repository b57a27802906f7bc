/**
 * Demo billing (SPEC B1, K4, K5): a tax rate and a No Show fee in the policy, a billing item per
 * session (priced by its length), and payers (with authorizations for insurer-funded cases) on every
 * demo case, so arriving a demo visit makes charges that can be invoiced and paid.
 */
import type { Coverage, CreatePayer } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { BillingContext } from '@casefile/functions/usecases/billing/billingContext';
import { addAuthorization } from '@casefile/functions/usecases/billing/authorizations';
import { createBillingItem } from '@casefile/functions/usecases/billing/billingItems';
import { addPayer } from '@casefile/functions/usecases/billing/payers';
import { saveBillingPolicy } from '@casefile/functions/usecases/billing/saveBillingPolicy';
import { ulid } from 'ulidx';

type Repos = ClinicRepositories;

/** The seed goes through the same billing use cases as the API, on the system clock. */
const billing = (repos: Repos): BillingContext => ({ repos, runtime: { clock: { now: () => new Date() }, newId: () => ulid() } });

const TAX_BY_REGION: Readonly<Record<string, { code: string; name: string; basisPoints: number }>> = {
  ON: { code: 'HST', name: 'Harmonized sales tax (ON)', basisPoints: 1300 },
  BC: { code: 'GST', name: 'Goods and services tax', basisPoints: 500 },
};

/** The policy and the No Show fee; answers the tax codes billing items of this clinic carry. */
export async function seedBillingPolicy(repos: Repos, currency: string, region: string | undefined): Promise<string[]> {
  const tax = TAX_BY_REGION[region ?? ''] ?? TAX_BY_REGION.ON!;
  const policy = { currency, taxRates: [tax], noShowFeeItemId: null, lateCancelFeeItemId: null, authorizationOverrun: 'warn' as const, remainingVisitsAlertThreshold: 2, paymentTermsDays: 30 };
  await saveBillingPolicy(billing(repos), policy);
  const fee = await createBillingItem(billing(repos), { code: 'NOSHOW', description: 'Missed appointment fee', unitPriceMinor: 4000, taxCodes: [tax.code], active: true });
  const lateFee = await createBillingItem(billing(repos), { code: 'LATECXL', description: 'Late cancellation fee', unitPriceMinor: 2500, taxCodes: [tax.code], active: true });
  await saveBillingPolicy(billing(repos), { ...policy, noShowFeeItemId: fee.billingItemId, lateCancelFeeItemId: lateFee.billingItemId });
  return [tax.code];
}

/** A billing item for a session: 20.00 plus 1.50 a minute. */
export async function seedSessionItem(repos: Repos, session: { name: string; durationMinutes: number }, index: number, taxCodes: string[]): Promise<string> {
  const item = await createBillingItem(billing(repos), {
    code: `SVC-${String(index + 1).padStart(2, '0')}`,
    description: session.name,
    unitPriceMinor: 2000 + session.durationMinutes * 150,
    taxCodes,
    active: true,
  });
  return item.billingItemId;
}

const client = (coverage: Coverage = { kind: 'remainder' }): CreatePayer => ({ kind: 'client', name: 'Client', coverage, active: true });

/** Payers by case type: insurers first, the client for the rest; insurer-funded cases get 12 authorized visits. */
export async function seedCasePayers(repos: Repos, caseFile: { caseId: string; caseType: string; intakeDate: string; caseNumber: number }) {
  const claim = `CL-${2026_000 + caseFile.caseNumber}`;
  const insurers: Record<string, CreatePayer | undefined> = {
    motor_vehicle_accident: { kind: 'motor_vehicle', name: 'Northbridge Auto Insurance', claimNumber: claim, policyNumber: 'AUTO-55821', coverage: { kind: 'percent', basisPoints: 10_000 }, active: true },
    workers_compensation: { kind: 'workers_compensation', name: 'Workplace Safety and Insurance Board', claimNumber: claim, coverage: { kind: 'percent', basisPoints: 10_000 }, active: true },
    extended_health: { kind: 'insurer', name: 'Maple Life Extended Health', policyNumber: 'EH-30417', coverage: { kind: 'percent', basisPoints: 8000 }, active: true },
  };
  const insurer = insurers[caseFile.caseType];
  if (insurer) {
    const payer = await addPayer(billing(repos), caseFile.caseId, insurer);
    if (insurer.kind !== 'insurer') {
      const validTo = new Date(Date.parse(caseFile.intakeDate) + 183 * 86_400_000).toISOString().slice(0, 10);
      await addAuthorization(billing(repos), caseFile.caseId, { payerId: payer.payerId, approvedVisits: 12, validFrom: caseFile.intakeDate, validTo, reference: `AUTH-${caseFile.caseNumber}` });
    }
  }
  await addPayer(billing(repos), caseFile.caseId, client());
}
