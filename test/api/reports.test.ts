/**
 * Reports end to end on DynamoDB Local (R1-R5): changes made through the API reach the rollups
 * through the stream poller; the stored rollups equal a recomputation from the table's documents,
 * also after every record is delivered again twice in shuffled order; the reports answer from them
 * in JSON and CSV, scoped by role; and a rebuild repairs a drifted bucket and is idempotent.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, attendanceRows, bucketKey, CASE_LINE_DAY, CHARGE_VIEWS, caseReport, localDayOf, revenueRows, ROLLUP_FAMILIES, type RollupBucket, rollupsOf } from '@casefile/core';
import { createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import { STREAM_CONSUMERS } from '../../functions/src/consumers';
import { streamHandlers } from '../../functions/src/handlers';
import { handler as rollupsConsumer } from '../../functions/src/streams/rollups';
import { attachChargeReportFacts } from '../../functions/src/usecases/reports/rebuildChargeReportFacts';
import { rebuildRollups } from '../../functions/src/usecases/reports/rebuildRollups';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import { dynamoEndpoint } from '../setup/fileDynamo';
import type { ApiClient } from '../support/apiClient';
import { freshCase, nextStart, ok, pricedSession } from '../support/billingWorld';
import { startWorld, type World } from '../support/world';

const captured: DynamoDBRecord[] = [];
const rollupsDefinition = STREAM_CONSUMERS.find((definition) => definition.consumer === 'rollups')!;

interface AttendanceReport { scope: string; rows: { group: string; visits: number; noShows: number; cancellations: number }[]; total: { visits: number } }
interface RevenueReport { scope: string; rows: { group: string; chargedMinor: number | null; invoicedMinor: number | null }[]; totals: { chargedMinor: number; collectionRate: number | null; daysInAr: number | null } | null }
interface Dashboard { money: unknown; today: { visits: number } }
interface CasesReport { rows: { group: string; authorizedVisits: number; usedVisits: number }[]; total: { intakes: number | null; converted: number | null }; nearExhaustion: { caseId: string }[] }

describe('reports from rollups on DynamoDB Local', () => {
  let world: World;
  let owner: ApiClient;
  let desk: ApiClient;
  let repos: ReturnType<typeof createClinicRepositories>;
  let service: ReturnType<typeof createService>;
  let timeZone: string;
  let caseId: string;

  const storedAndRecomputed = async () => {
    const stored = new Map<string, RollupBucket>();
    for (const family of ROLLUP_FAMILIES) for (const bucket of await repos.rollups.listAll(family)) if (Object.keys(bucket.counters).length > 0) stored.set(bucketKey(bucket), { family: bucket.family, day: bucket.day, dims: bucket.dims, counters: bucket.counters });
    // Charges count under the report facts the consumer recorded (every charge here was seen by it).
    const { sources } = await attachChargeReportFacts(repos, await repos.rollups.listSources());
    return { stored, recomputed: rollupsOf(sources, timeZone) };
  };

  beforeAll(async () => {
    world = await startWorld({
      consumers: [...STREAM_CONSUMERS, { ...rollupsDefinition, consumer: 'capture' }],
      streamHandlers: {
        ...streamHandlers,
        capture: async (event) => {
          captured.push(...event.Records);
          return { batchItemFailures: [] };
        },
      },
    });
    owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    service = createService(createDocumentClient(await dynamoEndpoint()), world.tableName);
    repos = createClinicRepositories({ service, clinicId: world.clinicA.clinicId, actor: 'test', now: () => new Date(), newId: () => '' });
    timeZone = (await repos.clinic.get()).defaultTimeZone;
  });
  afterAll(() => world?.stop());

  it('keeps rollups equal to a recomputation, through redeliveries, and answers the reports from them', async () => {
    await pricedSession(world, owner);
    const { sessionId, calendarId } = world.clinicA.ids;
    const made = await freshCase(owner, { kind: 'insurer', name: 'Insurer', coverage: { kind: 'remainder' } });
    caseId = made.caseId;
    await ok(owner.post(`/api/cases/${made.caseId}/authorizations`, { payerId: made.payerId, approvedVisits: 2, validFrom: '2026-01-05', validTo: '2099-12-31' }));
    const starts: string[] = [];
    for (const status of ['arrived', 'no_show', 'canceled', 'booked']) {
      const start = nextStart(2);
      starts.push(start);
      const booked = await ok(desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: made.caseId, sessionId, calendarId, start }));
      if (status !== 'booked') await ok(desk.post(`/api/appointments/${booked.appointment.appointmentId}/status`, { status, ...(status === 'canceled' ? { reason: 'Sick' } : {}) }));
    }
    await world.drainStreams();
    let { stored, recomputed } = await storedAndRecomputed();
    expect(stored).toEqual(recomputed);

    // Every captured record twice more, shuffled: the claims keep each bucket's add to one.
    const again = [...captured, ...captured].sort((a, b) => (a.eventID! < b.eventID! ? -1 : 1)).reverse();
    for (let at = 0; at < again.length; at += 25) {
      const result = await rollupsConsumer({ Records: again.slice(at, at + 25) }, createLambdaContext('rollups', 30_000));
      expect(result.batchItemFailures).toEqual([]);
    }
    ({ stored, recomputed } = await storedAndRecomputed());
    expect(stored).toEqual(recomputed);

    // The API's attendance for those days equals the same figures summed from the recomputation.
    const days = starts.map((start) => localDayOf(start, timeZone)).sort();
    const from = days[0]!;
    const to = days.at(-1)!;
    const report = await ok(owner.get<AttendanceReport>(`/api/reports/attendance?from=${from}&to=${to}&groupBy=day`));
    const calendars = new Map<string, { locationId: string }>();
    const expected = attendanceRows([...recomputed.values()].filter((bucket) => bucket.family === 'visits' && bucket.day >= from && bucket.day <= to), 'day', calendars);
    expect(report.rows).toEqual(expected);
    expect(report.total.visits).toBeGreaterThanOrEqual(4);

    const csv = await owner.get(`/api/reports/attendance?from=${from}&to=${to}&groupBy=day`, { accept: 'text/csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toBe('group,visits,attended,noShows,cancellations,lateCancellations,noShowRate,cancellationRate,lateCancellationRate');
    expect(csv.text.trim().split('\n')).toHaveLength(report.rows.length + 1);

    // Revenue by the charge's appointment location and session, its case's referral source and its payer's kind.
    const { locationId } = world.clinicA.ids;
    const chargeViews = new Set<string>(CHARGE_VIEWS);
    const charges = [...recomputed.values()].filter((bucket) => chargeViews.has(bucket.family) && bucket.day >= from && bucket.day <= to);
    const expectedGroups = { location: locationId, session: sessionId, referralSource: 'none', payerKind: 'insurer' } as const;
    for (const [groupBy, group] of Object.entries(expectedGroups)) {
      const revenue = await ok(owner.get<RevenueReport>(`/api/reports/revenue?from=${from}&to=${to}&groupBy=${groupBy}`));
      expect(revenue.rows).toEqual(revenueRows(charges, groupBy as keyof typeof expectedGroups, calendars));
      expect(revenue.rows.find((row) => row.group === group)?.chargedMinor).toBe(revenue.totals!.chargedMinor);
      expect(revenue.totals!.chargedMinor).toBeGreaterThan(0);
      // Invoices are kept by their payer's kind too; by the charge's own facts, only charges are.
      expect(revenue.rows.every((row) => (groupBy === 'payerKind' ? typeof row.invoicedMinor === 'number' : row.invoicedMinor === null))).toBe(true);
    }
    const revenueCsv = await owner.get(`/api/reports/revenue?from=${from}&to=${to}&groupBy=payerKind`, { accept: 'text/csv' });
    expect(revenueCsv.text.split('\n')[1]).toMatch(/^insurer,\d+,\d+,/);
  });

  it('answers the cases report (R4) from the per-case rollups: intake, first visit, authorized vs used visits by payer kind', async () => {
    const to = addDays(new Date().toISOString().slice(0, 10), 10);
    const query = `from=2026-01-01&to=${to}&groupBy=payerKind`;
    const report = await ok(owner.get<CasesReport>(`/api/reports/cases?${query}`));
    const { recomputed } = await storedAndRecomputed();
    const all = [...recomputed.values()];
    const expected = caseReport({
      from: '2026-01-01',
      to,
      groupBy: 'payerKind',
      cases: all.filter((bucket) => bucket.family === 'cases' && bucket.day <= to),
      caseVisits: all.filter((bucket) => bucket.family === 'caseVisits' && bucket.day === CASE_LINE_DAY),
      authorizations: all.filter((bucket) => bucket.family === 'authorizations' && bucket.day >= '2026-01-01'),
    });
    expect(report.rows).toEqual(expected.rows);
    expect(report.nearExhaustion).toEqual(expected.nearExhaustion);
    // The insurer authorized 2 visits; the one arrival used one.
    expect(report.rows.find((row) => row.group === 'insurer')).toMatchObject({ authorizedVisits: 2, usedVisits: 1 });
    expect(report.total.converted).toBeGreaterThanOrEqual(1);

    const csv = await owner.get(`/api/reports/cases?${query}`, { accept: 'text/csv' });
    expect(csv.text.split('\n')[0]).toBe('group,openCases,intakes,converted,conversionRate,discharged,averageVisitsPerDischarged,authorizations,authorizedVisits,usedVisits,authorizationUse,nearExhaustion');
    expect((await desk.get(`/api/reports/cases?${query}`)).status).toBe(403);

    // Discharging the case moves it out of the open cases and into the period's discharges.
    await ok(owner.patch(`/api/cases/${caseId}`, { status: 'discharged' }));
    await world.drainStreams();
    const after = await ok(owner.get<CasesReport & { total: { discharged: number | null; averageVisitsPerDischarged: number | null } }>(`/api/reports/cases?from=2026-01-01&to=${to}`));
    expect(after.total.discharged).toBeGreaterThanOrEqual(1);
    expect(after.total.averageVisitsPerDischarged).not.toBeNull();
  });

  it('scopes by role: providers their own calendars, front desk the dashboard without money', async () => {
    const provider = await world.clinicA.api('provider');
    const today = new Date().toISOString().slice(0, 10);
    const own = await ok(provider.get<AttendanceReport>(`/api/reports/attendance?from=${today}&to=${today}`));
    expect(own.scope).toBe('own');
    expect((await ok(desk.get<Dashboard>(`/api/dashboard?date=${today}`))).money).toBeNull();
    expect((await ok(owner.get<Dashboard>(`/api/dashboard?date=${today}`))).money).not.toBeNull();
    expect((await desk.get(`/api/reports/revenue?from=${today}&to=${today}`)).status).toBe(403);
    // A provider's revenue comes from the views by provider: any grouping of it adds up to their row in the owner's revenue by provider.
    const year = `from=${addDays(today, -1)}&to=${addDays(today, 300)}`;
    const sumCharged = (report: RevenueReport) => report.rows.reduce((sum, row) => sum + (row.chargedMinor ?? 0), 0);
    const mine = await Promise.all(['payerKind', 'code', 'session', 'month'].map((groupBy) => ok(provider.get<RevenueReport>(`/api/reports/revenue?${year}&groupBy=${groupBy}`))));
    expect(mine.every((report) => report.scope === 'own' && report.totals === null)).toBe(true);
    const myCharged = sumCharged(mine[0]!);
    expect(myCharged).toBeGreaterThan(0);
    expect(mine.map(sumCharged)).toEqual([myCharged, myCharged, myCharged, myCharged]);
    const byProvider = await ok(owner.get<RevenueReport>(`/api/reports/revenue?${year}&groupBy=provider`));
    expect(byProvider.rows.map((row) => row.chargedMinor)).toContain(myCharged);
    const reversed = await owner.get(`/api/reports/revenue?from=${today}&to=2020-01-01`);
    expect(reversed.status).toBe(400);
    expect(reversed.text).toContain('query.to');
  });

  it('rebuilds a drifted bucket, and a second rebuild changes nothing', async () => {
    const [victim] = (await repos.rollups.listAll('visits')).filter((bucket) => (bucket.counters.visits ?? 0) > 0);
    await repos.rollups.applyDelta('test-drift', [{ family: victim!.family, day: victim!.day, dims: victim!.dims, counters: { visits: 5 } }]);
    // A charge whose report facts were never recorded (as after an upgrade): the rebuild records them.
    const facts = await repos.chargeReportFacts.listAll();
    const [chargeId, recordedFacts] = [...facts.entries()][0]!;
    await service.entities.chargeReportFacts.delete({ clinicId: world.clinicA.clinicId, chargeId }).go();
    const first = await rebuildRollups(repos, new Date());
    expect(first).toMatchObject({ replaced: 1, conflicts: 0, recordedFacts: 1 });
    expect(await repos.chargeReportFacts.get(chargeId)).toEqual(recordedFacts);
    const second = await rebuildRollups(repos, new Date());
    expect(second).toMatchObject({ replaced: 0, conflicts: 0, recordedFacts: 0 });
    const { stored, recomputed } = await storedAndRecomputed();
    expect(stored).toEqual(recomputed);
  });

  it('replaces buckets many per transaction, and a bucket whose revision moved is a conflict while the rest are written', async () => {
    const buckets: RollupBucket[] = Array.from({ length: 150 }, (_, index) => ({ family: 'visits', day: addDays('2099-01-01', index % 30), dims: { calendarId: 'bench', sessionId: String(index) }, counters: { visits: 1 } }));
    expect(await repos.rollups.replaceBuckets(buckets.map((bucket) => ({ bucket, readRevision: undefined })))).toEqual({ written: 150, conflicts: 0 });
    // Absent buckets are created only while absent; a stale revision loses to the delta that moved it.
    await repos.rollups.applyDelta('test-moved', [buckets[120]!]);
    const again = await repos.rollups.replaceBuckets(buckets.map((bucket, index) => ({ bucket: { ...bucket, counters: { visits: 3 } }, readRevision: index === 7 ? undefined : 1 })));
    expect(again).toEqual({ written: 148, conflicts: 2 });
    const stored = (await repos.rollups.listBuckets('visits', '2099-01-01', '2099-12-31')).filter((bucket) => bucket.dims.calendarId === 'bench');
    expect(stored.map((bucket) => bucket.counters.visits ?? 0).sort((a, b) => a - b)).toEqual([1, 2, ...Array<number>(148).fill(3)]);
    // The rebuild takes them all back: none comes from a document.
    expect(await rebuildRollups(repos, new Date())).toMatchObject({ replaced: 150, conflicts: 0 });
    expect((await repos.rollups.listBuckets('visits', '2099-01-01', '2099-12-31')).filter((bucket) => Object.keys(bucket.counters).length > 0)).toEqual([]);
  });

  it('removes buckets kept in a shape the family no longer has (visits by hour, invoices by payer), so an upgrade counts nothing twice', async () => {
    const clinicId = world.clinicA.clinicId;
    // As an earlier version stored them: visits keyed by calendar, session and hour; invoices by payer id.
    await service.entities.rollup.create({ clinicId, family: 'visits', day: '2098-03-02', groupKey: 'cal-old#session-old#09', dims: { calendarId: 'cal-old', sessionId: 'session-old', hour: '09' }, visits: 2, revision: 1 }).go();
    await service.entities.rollup.create({ clinicId, family: 'invoices', day: '2098-03-02', groupKey: 'payer-old', dims: { payerId: 'payer-old' }, invoicedMinor: 500, revision: 1 }).go();
    expect((await repos.rollups.listBuckets('visits', '2098-03-02', '2098-03-02')).map((bucket) => bucket.counters.visits)).toEqual([2]);
    const outcome = await rebuildRollups(repos, new Date());
    expect(outcome).toMatchObject({ replaced: 2, conflicts: 0 });
    expect(await repos.rollups.listBuckets('visits', '2098-03-02', '2098-03-02')).toEqual([]);
    expect(await repos.rollups.listBuckets('invoices', '2098-03-02', '2098-03-02')).toEqual([]);
    expect(await rebuildRollups(repos, new Date())).toMatchObject({ replaced: 0, conflicts: 0 });
  });
});
