/**
 * `npm run bench:reports`: a year of a clinic with 10 providers (REPORT_BENCH_APPOINTMENTS, 30,000 by
 * default) written straight into DynamoDB Local in bulk (BatchWriteItem), its rollups built by the
 * rebuild, then each report through the local gateway: latency (p50 and max of REPORT_BENCH_RUNS) and the
 * DynamoDB reads the gateway spent (requests and capacity units); beside it the same report computed by
 * brute force (one parallel Scan of the clinic's source documents summed into buckets in memory, timed
 * once, plus the same use case over them, REPORT_BENCH_BRUTE_RUNS times), checked equal to the API's
 * answer, for the ratio.
 * Everything in this process talks through the one shared document client: ElectroDB binds the client
 * onto the module-level entities, so a second client would silently take the gateway's calls off the
 * meter. Numbers compare commits on one machine; they are not SLAs.
 */
import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { attendanceQuerySchema, casesQuerySchema, ROLLUP_COUNTERS, type RollupBucket, type RollupFamily, revenueQuerySchema, rollupsOf, utilizationQuerySchema } from '@casefile/core';
import { type ClinicRepositories, createClinicRepositories, createService, sharedDocumentClient } from '@casefile/db';
import type { StaffContext } from '../../functions/src/usecases/context';
import { getAttendanceReport } from '../../functions/src/usecases/reports/getAttendanceReport';
import { getCasesReport } from '../../functions/src/usecases/reports/getCasesReport';
import { getDashboard } from '../../functions/src/usecases/reports/getDashboard';
import { getRevenueReport } from '../../functions/src/usecases/reports/getRevenueReport';
import { getUtilizationReport } from '../../functions/src/usecases/reports/getUtilizationReport';
import { clinicTimeZone } from '../../functions/src/usecases/reports/clinicTimeZone';
import { attachChargeReportFacts } from '../../functions/src/usecases/reports/rebuildChargeReportFacts';
import { runtime } from '../../functions/src/runtime';
import { rebuildRollups } from '../../functions/src/usecases/reports/rebuildRollups';
import { startDynamoDbLocal } from '../../hosts/local/src/dynamoDbLocal';
import { findFreePort } from '../../hosts/local/src/ports';
import { seedIfEmpty } from '../../hosts/local/src/seed';
import { startTestApi } from '../setup/localApi';
import { type DynamoUsage, meterDynamoDb, READ_COMMANDS } from './dynamoMeter';

Object.assign(process.env, {
  AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
  AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
  AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  AWS_EC2_METADATA_DISABLED: 'true',
  LOG_LEVEL: 'WARN',
});

const APPOINTMENTS = Number(process.env.REPORT_BENCH_APPOINTMENTS ?? 30_000);
const RUNS = Number(process.env.REPORT_BENCH_RUNS ?? 5);
const BRUTE_RUNS = Number(process.env.REPORT_BENCH_BRUTE_RUNS ?? 3);
/** BatchWriteItem requests in flight while loading. */
const LOAD_CONCURRENCY = 8;
const PROVIDERS = 10;
const CASES = Math.max(10, Math.round(APPOINTMENTS / 12));
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const STATUSES = ['paid', 'paid', 'paid', 'arrived', 'arrived', 'booked', 'no_show', 'canceled'] as const;
const REFERRALS = ['self', 'physician', 'lawyer', 'insurer', undefined];
const PAYER_KINDS = ['client', 'insurer', 'motor_vehicle'] as const;
const METHODS = ['cash', 'card', 'eft', 'insurer_remittance'] as const;

/** A small deterministic generator, so two runs load the same clinic. */
let state = 20261203;
const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const id = (prefix: string, index: number) => `01JB${prefix}${String(index).padStart(21 - prefix.length, '0')}`;
const dayOfYear = (index: number) => new Date(Date.parse('2026-01-01T12:00:00Z') + index * 86_400_000).toISOString().slice(0, 10);

const tenth = (value: number) => Math.round(value * 10) / 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return tenth(sorted[Math.floor(sorted.length / 2)]!);
}

/** The reads among a meter's calls: requests and the read capacity they consumed. */
function readsOf(usage: DynamoUsage) {
  const requests = READ_COMMANDS.reduce((sum, command) => sum + (usage.byCommand[command] ?? 0), 0);
  const capacityUnits = READ_COMMANDS.reduce((sum, command) => sum + (usage.capacityByCommand[command] ?? 0), 0);
  return { readRequests: requests, readCapacityUnits: tenth(capacityUnits), otherCalls: usage.calls - requests };
}

const loadAverages: Record<string, number[]> = {};
const noteLoad = (moment: string) => (loadAverages[moment] = loadavg().map(tenth));

async function main() {
  const dynamoDb = await startDynamoDbLocal({ port: await findFreePort() });
  const api = await startTestApi({ endpoint: dynamoDb.endpoint });
  try {
    const seed = await seedIfEmpty({ tableName: api.tableName, endpoint: dynamoDb.endpoint, identityFile: api.identity.filePath });
    // The bulk load and the rebuild stand in for the stream: no consumer runs during the bench.
    await api.poller.stop();
    const owner = seed.users.find((user) => user.role === 'owner')!;
    const clinicId = owner.clinicId;
    noteLoad('start');
    // The gateway's runtime and this loader share one client (DYNAMODB_ENDPOINT is the bench's DynamoDB Local).
    const client = sharedDocumentClient();
    const meter = meterDynamoDb(client);
    const service = createService(client, api.tableName);
    const repos = createClinicRepositories({ service, clinicId, actor: 'bench', now: () => new Date(), newId: () => '' });
    const clinic = await repos.clinic.get();
    const calendars = (await repos.calendars.list({ limit: 100 })).items.filter((calendar) => calendar.kind === 'provider').slice(0, PROVIDERS);
    const sessions = (await repos.sessions.list({ limit: 100 })).items;
    if (calendars.length === 0 || sessions.length === 0) throw new Error('The demo clinic has no provider calendar or session.');
    const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', createdBy: 'bench', updatedBy: 'bench', version: 1 };

    const loadStarted = performance.now();
    const cases = Array.from({ length: CASES }, (_, index) => {
      const referral = pick(REFERRALS);
      return {
        clinicId, caseId: id('F', index), clientId: id('L', index), caseNumber: 900_000 + index, caseLabel: `BEN-${index}`, caseType: 'private' as const,
        intakeDate: dayOfYear(Math.floor(random() * 300)), referralSource: referral ? { kind: referral } : undefined, assignedProviderIds: [], status: 'open' as const,
        statusChangedAt: '2026-01-01T00:00:00.000Z', ...stamp,
      };
    });
    const billings = cases.map((found, index) => ({ clinicId, caseId: found.caseId, clientId: found.clientId, payers: [{ payerId: id('P', index), kind: pick(PAYER_KINDS), name: 'Payer', coverage: { kind: 'remainder' }, active: true }], authorizations: [], ...stamp }));
    const appointments = Array.from({ length: APPOINTMENTS }, (_, index) => {
      const calendar = calendars[index % calendars.length]!;
      const day = dayOfYear(Math.floor((index / APPOINTMENTS) * 365));
      const start = new Date(Date.parse(`${day}T13:00:00Z`) + Math.floor(random() * 16) * 30 * 60_000).toISOString();
      const status = pick(STATUSES);
      const found = cases[Math.floor(random() * cases.length)]!;
      return {
        clinicId, appointmentId: id('A', index), caseId: found.caseId, clientId: found.clientId, sessionId: pick(sessions).sessionId, calendarId: calendar.calendarId,
        resourceCalendarIds: [], start, end: new Date(Date.parse(start) + 45 * 60_000).toISOString(), status, statusChangedAt: start, seriesKey: '', mode: 'staff' as const,
        ...(status === 'canceled' ? { cancellation: { late: random() < 0.3, at: start, by: 'bench', reason: 'Sick' } } : {}), ...stamp,
      };
    });
    const charged = appointments.filter((appointment) => appointment.status === 'paid' || appointment.status === 'arrived' || appointment.status === 'no_show');
    const charges = charged.map((appointment, index) => {
      const total = appointment.status === 'no_show' ? 4_000 : 9_000 + Math.floor(random() * 4) * 1_000;
      return {
        clinicId, chargeId: id('G', index), caseId: appointment.caseId, clientId: appointment.clientId, payerId: id('P', Number(appointment.caseId.slice(-8))), appointmentId: appointment.appointmentId,
        appointmentKey: appointment.appointmentId, source: appointment.status === 'no_show' ? ('no_show' as const) : ('arrival' as const), status: 'invoiced' as const, code: appointment.status === 'no_show' ? 'NS' : 'TX',
        description: 'Treatment', serviceDate: appointment.start.slice(0, 10), providerMemberId: id('M', appointments.indexOf(appointment) % PROVIDERS), quantity: 1, unitPriceMinor: total,
        taxCodes: [], subtotalMinor: total, taxByCode: {}, taxMinor: 0, totalMinor: total, invoiceId: id('I', Math.floor(index / 4)), ...stamp,
      };
    });
    const invoices = Array.from({ length: Math.ceil(charges.length / 4) }, (_, index) => {
      const lines = charges.slice(index * 4, index * 4 + 4);
      const total = lines.reduce((sum, charge) => sum + charge.totalMinor, 0);
      const paid = random() < 0.8 ? total : 0;
      const issuedOn = lines.at(-1)!.serviceDate;
      return {
        clinicId, invoiceId: id('I', index), invoiceNumber: 900_000 + index, invoiceLabel: `INV-B${index}`, caseId: lines[0]!.caseId, clientId: lines[0]!.clientId, payerId: lines[0]!.payerId, payerName: 'Payer',
        payerKind: billings[Number(lines[0]!.caseId.slice(-8))]!.payers[0]!.kind, currency: clinic.currency, status: paid === total ? ('paid' as const) : ('issued' as const), lines: [], subtotalMinor: total, taxByCode: {}, taxMinor: 0, totalMinor: total, paidMinor: paid, creditedMinor: 0,
        creditNotes: [], issuedOn, dueOn: issuedOn, openKey: paid === total ? '' : 'open', ...stamp,
      };
    });
    const payments = invoices.filter((invoice) => invoice.paidMinor > 0).map((invoice, index) => ({
      clinicId, paymentId: id('Y', index), clientId: invoice.clientId, amountMinor: invoice.paidMinor, method: pick(METHODS), fromCreditMinor: 0, toCreditMinor: 0,
      allocations: [{ invoiceId: invoice.invoiceId, amountMinor: invoice.paidMinor }], refundedMinor: 0, refunds: [], receivedOn: invoice.issuedOn, ...stamp,
    }));
    const { entities } = service;
    // Payers and payments are built in full above; their custom attribute types are not restated here.
    await entities.caseFile.put(cases).go({ concurrent: LOAD_CONCURRENCY });
    await entities.caseBilling.put(billings as never[]).go({ concurrent: LOAD_CONCURRENCY });
    await entities.appointment.put(appointments).go({ concurrent: LOAD_CONCURRENCY });
    await entities.charge.put(charges).go({ concurrent: LOAD_CONCURRENCY });
    await entities.invoice.put(invoices).go({ concurrent: LOAD_CONCURRENCY });
    await entities.payment.put(payments as never[]).go({ concurrent: LOAD_CONCURRENCY });
    const loadSeconds = Math.round((performance.now() - loadStarted) / 100) / 10;
    noteLoad('after load');

    const rebuildStarted = performance.now();
    const progress = (line: string) => console.error(`[${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s] ${line}`);
    const rebuilt = await rebuildRollups(repos, new Date(), progress);
    const rebuildSeconds = Math.round((performance.now() - rebuildStarted) / 100) / 10;
    noteLoad('after rebuild');
    // A second rebuild finds every bucket equal (REPORT_BENCH_RERUN=0 skips it on a slow machine).
    let secondRun: object = { skipped: true };
    if (process.env.REPORT_BENCH_RERUN !== '0') {
      const again = performance.now();
      secondRun = { ...(await rebuildRollups(repos, new Date())), seconds: Math.round((performance.now() - again) / 100) / 10 };
    }

    const timeZone = await clinicTimeZone(repos, new Date());
    const token = await api.tokenFor({ email: owner.email, clinicId, memberId: owner.memberId, role: owner.role });
    const headers = { authorization: `Bearer ${token}` };
    const year = `from=${YEAR.from}&to=${YEAR.to}`;
    const reports: Record<string, { path: string; brute?: (ctx: StaffContext) => Promise<unknown> }> = {
      'utilization by provider': { path: `/api/reports/utilization?${year}&groupBy=provider`, brute: (ctx) => getUtilizationReport(ctx, utilizationQuerySchema.parse({ ...YEAR, groupBy: 'provider' })) },
      'attendance by month': { path: `/api/reports/attendance?${year}&groupBy=month`, brute: (ctx) => getAttendanceReport(ctx, attendanceQuerySchema.parse({ ...YEAR, groupBy: 'month' })) },
      'revenue total': { path: `/api/reports/revenue?${year}&groupBy=total` },
      'revenue by location': { path: `/api/reports/revenue?${year}&groupBy=location`, brute: (ctx) => getRevenueReport(ctx, revenueQuerySchema.parse({ ...YEAR, groupBy: 'location' })) },
      'revenue by session': { path: `/api/reports/revenue?${year}&groupBy=session` },
      'revenue by referral source': { path: `/api/reports/revenue?${year}&groupBy=referralSource` },
      'revenue by payer kind': { path: `/api/reports/revenue?${year}&groupBy=payerKind` },
      'cases by referral source': { path: `/api/reports/cases?${year}&groupBy=referralSource`, brute: (ctx) => getCasesReport(ctx, casesQuerySchema.parse({ ...YEAR, groupBy: 'referralSource' })) },
      dashboard: { path: '/api/dashboard?date=2026-06-15', brute: (ctx) => getDashboard(ctx, { date: '2026-06-15' }) },
    };
    const caller: StaffContext['caller'] = { memberId: owner.memberId, clinicId, role: 'owner' };
    const results: Record<string, { viaRollups: ReturnType<typeof readsOf> & { p50Ms: number; maxMs: number }; answer: unknown; bruteForce?: object; ratio?: object }> = {};
    for (const [name, { path }] of Object.entries(reports)) {
      const times: number[] = [];
      let usage = meter.read();
      let answer: unknown;
      for (let run = 0; run < RUNS; run++) {
        meter.reset();
        const started = performance.now();
        const response = await fetch(`${api.baseUrl}${path}`, { headers });
        if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        answer = await response.json();
        times.push(performance.now() - started);
        usage = meter.read();
      }
      if (usage.calls === 0) throw new Error(`${path}: the meter saw no DynamoDB call, so it is not on the gateway's client.`);
      results[name] = { viaRollups: { p50Ms: median(times), maxMs: tenth(Math.max(...times)), ...readsOf(usage) }, answer };
      noteLoad(`reports: ${name}`);
      console.error(`${name}: ${JSON.stringify(results[name]!.viaRollups)}`);
    }

    // Brute force: no rollup is read. One parallel Scan of the clinic's source documents, summed into
    // buckets in memory (the cost every brute-force report pays first, measured once), then each
    // report's own use case over those buckets (its other reads, such as shifts, still go to DynamoDB).
    meter.reset();
    const scanStarted = performance.now();
    const { sources } = await attachChargeReportFacts(repos, await repos.rollups.listSources());
    const bruteBuckets = [...rollupsOf(sources, timeZone).values()].map((bucket) => ({ ...bucket, counters: Object.fromEntries(ROLLUP_COUNTERS.flatMap((counter) => (bucket.counters[counter] ? [[counter, bucket.counters[counter]]] : []))) }));
    const scan = { ms: tenth(performance.now() - scanStarted), ...readsOf(meter.read()), documents: sources.length };
    noteLoad('brute force: scanned');
    console.error(`brute-force scan: ${JSON.stringify(scan)}`);
    for (const [name, { brute }] of Object.entries(reports)) {
      const result = results[name]!;
      if (!brute) continue;
      const computeTimes: number[] = [];
      let computeUsage = meter.read();
      let bruteAnswer: unknown;
      for (let run = 0; run < BRUTE_RUNS; run++) {
        meter.reset();
        const started = performance.now();
        bruteAnswer = await brute({ repos: bruteForceRepos(repos, bruteBuckets), runtime: runtime(), caller });
        computeTimes.push(performance.now() - started);
        computeUsage = meter.read();
      }
      const compute = readsOf(computeUsage);
      const totalMs = tenth(scan.ms + median(computeTimes));
      result.bruteForce = {
        totalMs, scanMs: scan.ms, computeMs: median(computeTimes),
        readRequests: scan.readRequests + compute.readRequests, readCapacityUnits: tenth(scan.readCapacityUnits + compute.readCapacityUnits),
        sameAnswer: isDeepStrictEqual(JSON.parse(JSON.stringify(bruteAnswer)), result.answer),
      };
      result.ratio = { latency: tenth(totalMs / result.viaRollups.p50Ms), readCapacity: result.viaRollups.readCapacityUnits > 0 ? tenth((scan.readCapacityUnits + compute.readCapacityUnits) / result.viaRollups.readCapacityUnits) : null };
      console.error(`${name} by brute force: ${JSON.stringify({ bruteForce: result.bruteForce, ratio: result.ratio })}`);
    }
    noteLoad('end');
    console.log(JSON.stringify({
      clinic: { providers: PROVIDERS, providerCalendars: calendars.length, sessions: sessions.length, appointments: APPOINTMENTS, charges: charges.length, invoices: invoices.length, payments: payments.length, cases: CASES },
      load: { seconds: loadSeconds, note: `BatchWriteItem straight into DynamoDB Local, ${LOAD_CONCURRENCY} requests in flight` },
      rebuild: { seconds: rebuildSeconds, ...rebuilt, secondRun },
      reports: Object.fromEntries(Object.entries(results).map(([name, { answer: _answer, ...figures }]) => [name, figures])),
      bruteForceScan: scan,
      runs: { viaRollups: RUNS, bruteForce: BRUTE_RUNS },
      loadAverage: loadAverages,
    }, null, 2));
  } finally {
    await api.stop();
    await dynamoDb.stop();
  }
}

/** The clinic's repositories with every rollup read answered from buckets summed by brute force. */
function bruteForceRepos(repos: ClinicRepositories, buckets: readonly RollupBucket[]): ClinicRepositories {
  const listBuckets = async (family: RollupFamily, from: string, to: string) => buckets.filter((bucket) => bucket.family === family && bucket.day >= from && bucket.day <= to);
  return { ...repos, rollups: { ...repos.rollups, listBuckets } };
}

await main();
