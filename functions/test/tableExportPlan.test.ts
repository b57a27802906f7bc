import { describe, expect, it } from 'vitest';
import { nextExport } from '../src/scheduled/tableExportPlan';

const now = new Date('2026-06-10T12:00:00.000Z');
const arn = 'arn:aws:dynamodb:eu-west-1:1:table/t/export/1';

describe('the next analytics export', () => {
  it('is a full export first', () => {
    expect(nextExport(undefined, undefined, now)).toEqual({ kind: 'full', at: now.toISOString() });
  });

  it('waits while the last export runs, and repeats a failed one over the same window', () => {
    expect(nextExport({ exportArn: arn, to: '2026-06-10T06:00:00.000Z' }, 'IN_PROGRESS', now).kind).toBe('wait');
    expect(nextExport({ exportArn: arn, from: '2026-06-10T00:00:00.000Z', to: '2026-06-10T06:00:00.000Z' }, 'FAILED', now)).toEqual({ kind: 'incremental', from: '2026-06-10T00:00:00.000Z', to: '2026-06-10T06:00:00.000Z' });
    expect(nextExport({ exportArn: arn, to: '2026-06-10T06:00:00.000Z' }, 'FAILED', now).kind).toBe('full');
  });

  it('continues where the last completed export ended, up to a few minutes ago', () => {
    expect(nextExport({ exportArn: arn, to: '2026-06-10T06:00:00.000Z' }, 'COMPLETED', now)).toEqual({ kind: 'incremental', from: '2026-06-10T06:00:00.000Z', to: '2026-06-10T11:55:00.000Z' });
  });

  it('keeps a window between 15 minutes and 24 hours, catching up a day per run after a pause', () => {
    expect(nextExport({ exportArn: arn, to: '2026-06-10T11:50:00.000Z' }, 'COMPLETED', now).kind).toBe('wait');
    expect(nextExport({ exportArn: arn, to: '2026-06-01T00:00:00.000Z' }, 'COMPLETED', now)).toEqual({ kind: 'incremental', from: '2026-06-01T00:00:00.000Z', to: '2026-06-02T00:00:00.000Z' });
  });
});
