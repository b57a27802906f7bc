/**
 * Billing benches (issue 5): the delay from Arrived to charges through the local stream poller (at
 * its default 250 ms poll interval, charges consumer only), creating an invoice for a case with 100
 * uninvoiced charges (one invoice takes at most 95), and the DynamoDB requests of one payment.
 */
import { performance } from 'node:perf_hooks';
import { STREAM_CONSUMERS } from '@casefile/functions/consumers';
import { startStreamPoller } from '../../hosts/local/src/streamPoller';
import type { meterDynamoDb } from './dynamoMeter';

interface BillingBenchInput {
  baseUrl: string;
  /** Headers of a manager or owner: the setup changes the policy, the price list and a session. */
  headers: Record<string, string>;
  endpoint: string;
  tableName: string;
  meter: ReturnType<typeof meterDynamoDb>;
}

const ARRIVALS = Number(process.env.BENCH_ARRIVALS ?? 20);
const CHARGES = 100;

export async function runBillingBench({ baseUrl, headers, endpoint, tableName, meter }: BillingBenchInput) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  await call('PUT', '/api/billing/policy', { currency: 'CAD', taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }] });
  const item = await call<{ billingItemId: string }>('POST', '/api/billing-items', { code: 'BENCH', description: 'Bench treatment', unitPriceMinor: 9000, taxCodes: ['HST'] });
  const [discipline] = (await call<{ items: { disciplineId: string }[] }>('GET', '/api/disciplines')).items;
  const session = await call<{ sessionId: string }>('POST', '/api/sessions', { name: 'Billing bench visit', disciplineId: discipline!.disciplineId, durationMinutes: 30, billingItemIds: [item.billingItemId] });
  const calendars = await call<{ items: { calendarId: string; disciplineIds: string[] }[] }>('GET', '/api/calendars?kind=provider');
  const calendarId = calendars.items.find((calendar) => calendar.disciplineIds.includes(discipline!.disciplineId))!.calendarId;
  const client = await call<{ clientId: string }>('POST', '/api/clients', { firstName: 'Billing', lastName: 'Bench' });
  const caseFile = await call<{ caseId: string }>('POST', `/api/clients/${client.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01' });
  await call('POST', `/api/cases/${caseFile.caseId}/payers`, { kind: 'client', name: 'Client', coverage: { kind: 'remainder' } });

  // 1. Arrived -> charges through the stream.
  const charges = STREAM_CONSUMERS.filter((definition) => definition.consumer === 'charges');
  const poller = startStreamPoller({ endpoint, tableName, consumers: charges, log: () => undefined });
  const delays: number[] = [];
  try {
    for (let index = 0; index < ARRIVALS; index++) {
      const start = new Date(Date.UTC(2033, 0, 3 + index, 15, 0)).toISOString();
      const booked = await call<{ appointment: { appointmentId: string } }>('POST', '/api/appointments', { caseId: caseFile.caseId, sessionId: session.sessionId, calendarId, start });
      const appointmentId = booked.appointment.appointmentId;
      const t0 = performance.now();
      await call('POST', `/api/appointments/${appointmentId}/status`, { status: 'arrived' });
      for (;;) {
        const list = await call<{ items: { appointmentId?: string }[] }>('GET', `/api/cases/${caseFile.caseId}/charges`);
        if (list.items.some((charge) => charge.appointmentId === appointmentId)) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      delays.push(performance.now() - t0);
    }
  } finally {
    await poller.stop();
  }
  delays.sort((a, b) => a - b);

  // 2. An invoice for a case with 100 uninvoiced charges.
  const big = await call<{ caseId: string }>('POST', `/api/clients/${client.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-02' });
  const bigPayer = await call<{ payerId: string }>('POST', `/api/cases/${big.caseId}/payers`, { kind: 'client', name: 'Client', coverage: { kind: 'remainder' } });
  for (let index = 0; index < CHARGES; index++) {
    await call('POST', `/api/cases/${big.caseId}/charges`, { billingItemId: item.billingItemId, payerId: bigPayer.payerId, serviceDate: `2033-02-${String(1 + (index % 28)).padStart(2, '0')}` });
  }
  meter.reset();
  let t0 = performance.now();
  const invoice = await call<{ invoiceId: string; lines: unknown[]; totalMinor: number }>('POST', `/api/cases/${big.caseId}/invoices`, { payerId: bigPayer.payerId });
  const invoiceMs = performance.now() - t0;
  // A copy: the meter keeps counting into the object it hands out until the next reset.
  const invoiceUsage = structuredClone(meter.read());

  // 3. One payment against that invoice (issued first).
  await call('POST', `/api/invoices/${invoice.invoiceId}/issue`);
  meter.reset();
  t0 = performance.now();
  await call('POST', '/api/payments', { clientId: client.clientId, amountMinor: invoice.totalMinor, method: 'card', allocations: [{ invoiceId: invoice.invoiceId, amountMinor: invoice.totalMinor }] });
  const paymentMs = performance.now() - t0;
  const paymentUsage = structuredClone(meter.read());

  return [
    {
      scenario: 'Arrived -> charges through the local stream (poll interval 250 ms)',
      arrivals: ARRIVALS,
      p50ms: +delays[Math.floor(delays.length / 2)]!.toFixed(1),
      maxMs: +delays.at(-1)!.toFixed(1),
    },
    {
      scenario: `POST /api/cases/{id}/invoices (case with ${CHARGES} uninvoiced charges)`,
      lines: invoice.lines.length,
      ms: +invoiceMs.toFixed(1),
      dynamoCalls: invoiceUsage.calls,
      capacityUnits: +invoiceUsage.capacityUnits.toFixed(1),
      itemsWritten: invoiceUsage.itemsWritten,
      callsByCommand: invoiceUsage.byCommand,
    },
    {
      scenario: 'POST /api/payments (one invoice)',
      ms: +paymentMs.toFixed(1),
      dynamoCalls: paymentUsage.calls,
      capacityUnits: +paymentUsage.capacityUnits.toFixed(1),
      itemsWritten: paymentUsage.itemsWritten,
      callsByCommand: paymentUsage.byCommand,
    },
  ];
}
