/**
 * Where a charge's revenue is reported beyond its own fields (R3): the location and session of its
 * appointment, the referral source of its case and the kind of its payer. The rollups record these
 * once, when they first see the charge, and every later image of the charge reuses the record: a
 * delta then subtracts from the very bucket it once added to, even after the appointment moved or
 * the case's referral changed, so the rollups never drift.
 */
export interface ChargeReportFacts {
  /** The location of the appointment's calendar; '' for a charge of no appointment. */
  locationId: string;
  /** The appointment's session (service line); '' for a charge of no appointment. */
  sessionId: string;
  /** The case's referral source kind; 'none' when the case names none, '' when the case is unknown. */
  referralSource: string;
  /** The kind of the charge's payer among its case's payers; '' when unknown. */
  payerKind: string;
}

/** What the facts are read from, as the storage side finds it when it first sees the charge. */
export interface ChargeContext {
  payerId: string;
  appointment?: { sessionId: string; calendarId: string } | undefined;
  /** The location of the appointment's calendar. */
  calendarLocationId?: string | undefined;
  caseFile?: { referralSource?: { kind: string } | null | undefined } | undefined;
  payers?: readonly { payerId: string; kind: string }[] | undefined;
}

export function chargeReportFactsOf(context: ChargeContext): ChargeReportFacts {
  return {
    locationId: context.appointment ? (context.calendarLocationId ?? '') : '',
    sessionId: context.appointment?.sessionId ?? '',
    referralSource: context.caseFile ? (context.caseFile.referralSource?.kind ?? 'none') : '',
    payerKind: context.payers?.find((payer) => payer.payerId === context.payerId)?.kind ?? '',
  };
}
