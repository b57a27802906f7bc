/**
 * What the scheduled table export (analytics, issue 17) does next, from the cursor it keeps: a full
 * export first, then incremental exports, each starting where the last completed one ended. A failed
 * export is retried over the same window; while one runs, nothing starts. DynamoDB takes an
 * incremental window of 15 minutes to 24 hours, so a long pause catches up a day per run.
 */
export interface ExportCursor {
  /** The export last started, with the window it covers (`from` absent: the full export). */
  exportArn: string;
  from?: string;
  to: string;
}

export type ExportStatus = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

export type ExportStep =
  | { kind: 'full'; at: string }
  | { kind: 'incremental'; from: string; to: string }
  | { kind: 'wait'; reason: string };

const MIN_WINDOW_MS = 15 * 60_000;
const MAX_WINDOW_MS = 24 * 60 * 60_000;
/** Incremental exports can only end a few minutes in the past; keep clear of that edge. */
const SETTLE_MS = 5 * 60_000;

export function nextExport(cursor: ExportCursor | undefined, status: ExportStatus | undefined, now: Date): ExportStep {
  if (!cursor) return { kind: 'full', at: now.toISOString() };
  if (status === 'IN_PROGRESS') return { kind: 'wait', reason: `export ${cursor.exportArn} is still running` };
  if (status === 'FAILED') return cursor.from ? { kind: 'incremental', from: cursor.from, to: cursor.to } : { kind: 'full', at: now.toISOString() };
  const from = Date.parse(cursor.to);
  const latest = now.getTime() - SETTLE_MS;
  if (latest - from < MIN_WINDOW_MS) return { kind: 'wait', reason: 'less than 15 minutes since the last export' };
  return { kind: 'incremental', from: cursor.to, to: new Date(Math.min(latest, from + MAX_WINDOW_MS)).toISOString() };
}
