/**
 * The cases report (R4) from the per-case rollups: each case's bucket carries its current type,
 * status, referral kind and end day; its attended visits and its authorizations join on the case id.
 */
import { ratio } from './reportFigures';
import type { RollupBucket } from './rollupModel';

export const CASE_GROUPS = ['total', 'caseType', 'referralSource', 'payerKind'] as const;
export type CaseGroup = (typeof CASE_GROUPS)[number];

/** The longest list of cases near exhaustion a report carries (the worst first). */
export const NEAR_EXHAUSTION_LIMIT = 100;

interface CaseLine {
  caseId: string;
  caseLabel: string;
  caseType: string;
  status: string;
  referralKind: string;
  intakeDate: string;
  closedOn: string;
}

export interface CaseRow {
  group: string;
  openCases: number | null;
  intakes: number | null;
  converted: number | null;
  conversionRate: number | null;
  discharged: number | null;
  averageVisitsPerDischarged: number | null;
  authorizations: number;
  authorizedVisits: number;
  usedVisits: number;
  authorizationUse: number | null;
  nearExhaustion: number;
}

export interface NearExhaustionCase {
  caseId: string;
  caseLabel: string;
  payerKind: string;
  authorizedVisits: number;
  usedVisits: number;
  remainingVisits: number;
}

export interface CaseReportInput {
  from: string;
  to: string;
  groupBy: CaseGroup;
  /** 'cases' buckets of cases taken in up to `to`. */
  cases: readonly RollupBucket[];
  /** 'caseVisits' buckets. */
  caseVisits: readonly RollupBucket[];
  /** 'authorizations' buckets valid on or after `from`. */
  authorizations: readonly RollupBucket[];
}

/** The case lines that stand now: a bucket whose count netted to zero is a state the case left. */
function caseLines(buckets: readonly RollupBucket[]): Map<string, CaseLine> {
  const lines = new Map<string, CaseLine>();
  for (const bucket of buckets) {
    if (bucket.family !== 'cases' || (bucket.counters.cases ?? 0) <= 0) continue;
    const { caseId = '', caseLabel = '', caseType = '', status = '', referralKind = '', closedOn = '' } = bucket.dims;
    lines.set(caseId, { caseId, caseLabel, caseType, status, referralKind, intakeDate: bucket.day, closedOn });
  }
  return lines;
}

function emptyRow(group: string, keepsCases: boolean): CaseRow {
  const caseFigure = keepsCases ? 0 : null;
  return {
    group,
    openCases: caseFigure,
    intakes: caseFigure,
    converted: caseFigure,
    conversionRate: null,
    discharged: caseFigure,
    averageVisitsPerDischarged: null,
    authorizations: 0,
    authorizedVisits: 0,
    usedVisits: 0,
    authorizationUse: null,
    nearExhaustion: 0,
  };
}

export function caseReport(input: CaseReportInput) {
  const lines = caseLines(input.cases);
  const attended = new Map<string, number>();
  for (const bucket of input.caseVisits) if (bucket.family === 'caseVisits') attended.set(bucket.dims.caseId ?? '', (attended.get(bucket.dims.caseId ?? '') ?? 0) + (bucket.counters.attended ?? 0));
  const keepsCases = input.groupBy !== 'payerKind';
  const caseGroupOf = (line: CaseLine | undefined): string => {
    if (input.groupBy === 'caseType') return line?.caseType ?? '';
    if (input.groupBy === 'referralSource') return line?.referralKind ?? '';
    return 'total';
  };
  const rows = new Map<string, CaseRow>();
  const rowOf = (group: string) => rows.get(group) ?? rows.set(group, emptyRow(group, keepsCases)).get(group)!;
  const dischargedVisits = new Map<string, number>();

  if (keepsCases) {
    for (const line of lines.values()) {
      const row = rowOf(caseGroupOf(line));
      if (line.status === 'open') row.openCases! += 1;
      if (line.intakeDate >= input.from && line.intakeDate <= input.to) {
        row.intakes! += 1;
        if ((attended.get(line.caseId) ?? 0) > 0) row.converted! += 1;
      }
      if (line.status === 'discharged' && line.closedOn >= input.from && line.closedOn <= input.to) {
        row.discharged! += 1;
        dischargedVisits.set(row.group, (dischargedVisits.get(row.group) ?? 0) + (attended.get(line.caseId) ?? 0));
      }
    }
  }

  const near = new Map<string, NearExhaustionCase>();
  for (const bucket of input.authorizations) {
    if (bucket.family !== 'authorizations' || (bucket.counters.authorizations ?? 0) <= 0) continue;
    const caseId = bucket.dims.caseId ?? '';
    const payerKind = bucket.dims.payerKind ?? '';
    const row = rowOf(input.groupBy === 'payerKind' ? payerKind : caseGroupOf(lines.get(caseId)));
    const authorizedVisits = bucket.counters.authorizedVisits ?? 0;
    const usedVisits = bucket.counters.usedVisits ?? 0;
    row.authorizations += bucket.counters.authorizations ?? 0;
    row.authorizedVisits += authorizedVisits;
    row.usedVisits += usedVisits;
    if ((bucket.counters.nearExhaustion ?? 0) > 0) {
      row.nearExhaustion += 1;
      // One case may have several authorizations of one payer kind valid on different days: sum them.
      const key = `${caseId}#${payerKind}`;
      const seen = near.get(key) ?? { caseId, caseLabel: lines.get(caseId)?.caseLabel ?? '', payerKind, authorizedVisits: 0, usedVisits: 0, remainingVisits: 0 };
      seen.authorizedVisits += authorizedVisits;
      seen.usedVisits += usedVisits;
      seen.remainingVisits = seen.authorizedVisits - seen.usedVisits;
      near.set(key, seen);
    }
  }

  const finished = [...rows.values()]
    .map((row): CaseRow => ({
      ...row,
      conversionRate: row.intakes === null ? null : ratio(row.converted ?? 0, row.intakes),
      averageVisitsPerDischarged: row.discharged ? Math.round(((dischargedVisits.get(row.group) ?? 0) / row.discharged) * 10) / 10 : null,
      authorizationUse: ratio(row.usedVisits, row.authorizedVisits),
    }))
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));

  const byTypeAndStatus = new Map<string, { caseType: string; status: string; cases: number }>();
  for (const line of lines.values()) {
    const key = `${line.caseType}#${line.status}`;
    const entry = byTypeAndStatus.get(key) ?? { caseType: line.caseType, status: line.status, cases: 0 };
    entry.cases += 1;
    byTypeAndStatus.set(key, entry);
  }

  return {
    rows: finished,
    byTypeAndStatus: [...byTypeAndStatus.values()].sort((a, b) => (a.caseType + a.status < b.caseType + b.status ? -1 : 1)),
    nearExhaustion: [...near.values()].sort((a, b) => a.remainingVisits - b.remainingVisits || (a.caseLabel < b.caseLabel ? -1 : 1)).slice(0, NEAR_EXHAUSTION_LIMIT),
  };
}
