/** The A/R aging buckets the API answers, in days since issue (the same names as packages/core's AGING_BUCKETS). */
export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
