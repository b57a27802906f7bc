/** Charges (SPEC B2, K4): the open charges of a priced billing item, split across payers; edits of a charge not yet invoiced. */
import { ConflictError, ValidationError } from '../errors';
import type { BillingItem, Payer } from '../schemas/billing';
import type { UpdateCharge } from '../schemas/billingDocuments';
import type { ChargeRecord, NewCharge } from './billingRecords';
import type { PayerShare, PayerShareInput } from './coverage';
import { assertKnownTaxCodes, priceLine, splitPriced } from './pricing';
import type { TaxRate } from './tax';

/** Where a new charge comes from and what it is for; the price per payer comes from the shares. */
export interface ChargeOrigin {
  caseId: string;
  clientId: string;
  appointmentId?: string;
  source: ChargeRecord['source'];
  serviceDate: string;
  providerMemberId?: string;
  quantity: number;
  unitPriceMinor: number;
}

/** The case's active payers as coverage shares, in list order. */
export function activePayerShares(payers: readonly Payer[]): PayerShareInput[] {
  return payers.filter((payer) => payer.active).map((payer) => ({ payerId: payer.payerId, coverage: payer.coverage }));
}

/** The open charges of one priced billing item: one per payer share, each with its id from `chargeId`. */
export function openCharges(
  item: Pick<BillingItem, 'billingItemId' | 'code' | 'description' | 'taxCodes'>,
  origin: ChargeOrigin,
  shares: readonly PayerShare[],
  chargeId: (share: PayerShare) => string,
): NewCharge[] {
  const { appointmentId, providerMemberId, ...rest } = origin;
  return shares.map((share) => ({
    chargeId: chargeId(share),
    ...rest,
    payerId: share.payerId,
    ...(appointmentId ? { appointmentId } : {}),
    billingItemId: item.billingItemId,
    status: 'open',
    code: item.code,
    description: item.description,
    ...(providerMemberId ? { providerMemberId } : {}),
    taxCodes: item.taxCodes,
    subtotalMinor: share.subtotalMinor,
    taxByCode: share.taxByCode,
    taxMinor: share.taxMinor,
    totalMinor: share.totalMinor,
  }));
}

export interface ManualChargeRequest {
  billingItemId: string;
  payerId?: string | undefined;
  quantity: number;
  unitPriceMinor?: number | undefined;
  serviceDate: string;
  providerMemberId?: string | undefined;
  appointmentId?: string | undefined;
}

/**
 * An extra charge by hand: for the payer named, or split across the case's active payers by their
 * coverage. Unknown payer, or no payer at all: ValidationError at `payerId`; bad quantity or price at
 * `quantity` / `unitPriceMinor`.
 */
export function draftManualCharges(input: {
  caseId: string;
  clientId: string;
  payers: readonly Payer[];
  taxRates: readonly TaxRate[];
  item: BillingItem;
  request: ManualChargeRequest;
  newId: () => string;
}): NewCharge[] {
  const { request, item } = input;
  const unitPriceMinor = request.unitPriceMinor ?? item.unitPriceMinor;
  const priced = priceLine({ quantity: request.quantity, unitPriceMinor, taxCodes: item.taxCodes }, input.taxRates, '');
  let shares: PayerShareInput[];
  if (request.payerId) {
    if (!input.payers.some((payer) => payer.payerId === request.payerId)) throw new ValidationError('Unknown payer.', [{ path: 'payerId', message: 'Not a payer of this case.' }]);
    shares = [{ payerId: request.payerId, coverage: { kind: 'remainder' } }];
  } else {
    shares = activePayerShares(input.payers);
    if (shares.length === 0) throw new ValidationError('The case has no payer to charge.', [{ path: 'payerId', message: 'Add a payer to the case, or name one.' }]);
  }
  const origin: ChargeOrigin = {
    caseId: input.caseId,
    clientId: input.clientId,
    ...(request.appointmentId ? { appointmentId: request.appointmentId } : {}),
    source: 'manual',
    serviceDate: request.serviceDate,
    ...(request.providerMemberId ? { providerMemberId: request.providerMemberId } : {}),
    quantity: request.quantity,
    unitPriceMinor,
  };
  return openCharges(item, origin, splitPriced(priced, shares), () => input.newId());
}

/**
 * A charge not yet invoiced, changed and repriced from its own unit price (ConflictError
 * `charge_not_editable` once invoiced; unknown payer or tax code: ValidationError at `payerId` / `taxCodes`).
 */
export function updateOpenCharge<C extends ChargeRecord>(current: C, patch: UpdateCharge, context: { payers: readonly Payer[]; taxRates: readonly TaxRate[] }): C {
  if (current.status !== 'open') {
    throw new ConflictError(`The charge is ${current.status}; only charges not yet invoiced can change.`, 'charge_not_editable', { status: current.status });
  }
  if (patch.payerId && !context.payers.some((payer) => payer.payerId === patch.payerId)) {
    throw new ValidationError('Unknown payer.', [{ path: 'payerId', message: 'Not a payer of this case.' }]);
  }
  if (patch.taxCodes) assertKnownTaxCodes(patch.taxCodes, context.taxRates, 'taxCodes');
  const quantity = patch.quantity ?? current.quantity;
  const unitPriceMinor = patch.unitPriceMinor ?? current.unitPriceMinor;
  const taxCodes = patch.taxCodes ?? current.taxCodes;
  const priced = priceLine({ quantity, unitPriceMinor, taxCodes }, context.taxRates, '');
  const next: C = {
    ...current,
    quantity,
    unitPriceMinor,
    taxCodes,
    subtotalMinor: priced.subtotalMinor,
    taxByCode: priced.taxByCode,
    taxMinor: priced.taxMinor,
    totalMinor: priced.totalMinor,
    ...(patch.payerId ? { payerId: patch.payerId } : {}),
  };
  if (patch.providerMemberId === null) delete next.providerMemberId;
  else if (patch.providerMemberId) next.providerMemberId = patch.providerMemberId;
  return next;
}
