import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/apiClient';
import { freshCase, journalReader, nextStart, ok, pricedSession } from '../support/billingWorld';
import { startWorld, type World } from '../support/world';
import { billingContextFor } from '../../functions/src/usecases/billing/billingContextFor';
import { settleVisit } from '../../functions/src/usecases/billing/settleVisit';
import { applyStatusChange } from '../../functions/src/usecases/appointments/statusChange';
import { runtime } from '../../functions/src/runtime';

interface Charge { chargeId: string; status: string; totalMinor: number; subtotalMinor: number; taxMinor: number; payerId: string; invoiceId?: string; providerMemberId?: string; appointmentId?: string }
interface Invoice { invoiceId: string; invoiceNumber: number; status: string; totalMinor: number; outstandingMinor: number; lines: unknown[] }
interface Problem { status: number; type: string; errors?: { path: string; message: string }[] }

describe('billing (K4, K5, B1-B7, A6)', () => {
  let world: World;
  let owner: ApiClient;
  let desk: ApiClient;
  let journal: ReturnType<typeof journalReader>;

  beforeAll(async () => {
    world = await startWorld();
    owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    journal = journalReader(world);
    await pricedSession(world, owner);
  });
  afterAll(() => world?.stop());

  const book = async (caseId: string) => {
    const { sessionId, calendarId } = world.clinicA.ids;
    return (await ok(desk.post<{ appointment: { appointmentId: string }; warnings?: { code: string }[] }>('/api/appointments', { caseId, sessionId, calendarId, start: nextStart() })));
  };
  const setStatus = (appointmentId: string, status: string, reason?: string) => ok(desk.post(`/api/appointments/${appointmentId}/status`, { status, ...(reason ? { reason } : {}) }));
  const charges = async (caseId: string) => (await ok(desk.get<{ items: Charge[] }>(`/api/cases/${caseId}/charges`))).items;
  const statusOf = async (appointmentId: string) => (await ok(desk.get<{ status: string }>(`/api/appointments/${appointmentId}`))).status;

  it('arrive -> charges -> invoice -> issue -> payment -> Paid -> balance 0; a refund takes the visit back to Arrived', async () => {
    const { caseId, clientId, payerId } = await freshCase(owner);
    await ok(owner.post(`/api/cases/${caseId}/authorizations`, { payerId, approvedVisits: 2, validFrom: '2020-01-01', validTo: '2040-12-31' }));
    const { appointment } = await book(caseId);
    await setStatus(appointment.appointmentId, 'arrived');
    await world.drainStreams();

    const made = await charges(caseId);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ status: 'open', subtotalMinor: 10000, taxMinor: 1300, totalMinor: 11300, payerId, appointmentId: appointment.appointmentId });
    expect(made[0]!.providerMemberId).toBeTruthy();
    const afterArrival = await ok(desk.get<{ authorizations: { usedVisits: number; remainingVisits: number; thresholdAlertAt?: string }[] }>(`/api/cases/${caseId}/billing`));
    expect(afterArrival.authorizations[0]).toMatchObject({ usedVisits: 1, remainingVisits: 1 });
    expect(afterArrival.authorizations[0]!.thresholdAlertAt).toBeTruthy();

    const draft = await ok(desk.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId }));
    expect(draft).toMatchObject({ status: 'draft', totalMinor: 11300, outstandingMinor: 11300 });
    expect(draft.lines).toHaveLength(1);
    expect((await charges(caseId))[0]).toMatchObject({ status: 'invoiced', invoiceId: draft.invoiceId });
    await ok(desk.patch(`/api/invoices/${draft.invoiceId}`, { notes: 'Thank you' }));
    const issued = await ok(desk.post<Invoice>(`/api/invoices/${draft.invoiceId}/issue`));
    expect(issued.status).toBe('issued');

    const pdf = await fetch(`${world.baseUrl}/api/invoices/${draft.invoiceId}.pdf`, { headers: { authorization: `Bearer ${desk.token}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const owing = await ok(desk.get<{ receivableMinor: number }>(`/api/cases/${caseId}/balance`));
    expect(owing.receivableMinor).toBe(11300);
    const context = await ok(desk.get<{ billing: { outstandingMinor: number; remainingVisits: number; payers: unknown[] }; alerts: { code: string }[] }>(`/api/cases/${caseId}/booking-context`));
    expect(context.billing).toMatchObject({ outstandingMinor: 11300, remainingVisits: 1 });
    expect(context.alerts.map((alert) => alert.code)).toContain('authorization_low');
    expect(context.billing.payers).toHaveLength(1);

    const payment = await ok(desk.post<{ paymentId: string; toCreditMinor: number }>('/api/payments', { clientId, amountMinor: 12000, method: 'card', allocations: [{ invoiceId: draft.invoiceId, amountMinor: 11300 }] }));
    expect(payment.toCreditMinor).toBe(700);
    await world.drainStreams();
    expect(await statusOf(appointment.appointmentId)).toBe('paid');
    const settled = await ok(desk.get<{ receivableMinor: number; clientCreditMinor: number }>(`/api/cases/${caseId}/balance`));
    expect(settled).toMatchObject({ receivableMinor: 0, clientCreditMinor: 700 });
    expect((await ok(desk.get<Invoice>(`/api/invoices/${draft.invoiceId}`))).status).toBe('paid');

    await ok(desk.post(`/api/payments/${payment.paymentId}/refunds`, { amountMinor: 12000, reason: 'Paid twice' }));
    await world.drainStreams();
    expect(await statusOf(appointment.appointmentId)).toBe('arrived');
    const reopened = await ok(desk.get<{ receivableMinor: number; clientCreditMinor: number }>(`/api/cases/${caseId}/balance`));
    expect(reopened).toMatchObject({ receivableMinor: 11300, clientCreditMinor: 0 });

    // Every entry balances, and nothing was written twice.
    const entries = await journal(clientId);
    expect(entries.map((entry) => entry.source).sort()).toEqual(['invoice', 'payment', 'refund']);
    for (const entry of entries) {
      const debit = entry.lines.reduce((sum, line) => sum + line.debitMinor, 0);
      const credit = entry.lines.reduce((sum, line) => sum + line.creditMinor, 0);
      expect(debit).toBe(credit);
    }

    const statement = await ok(desk.get<{ receivableMinor: number; invoices: unknown[]; payments: unknown[] }>(`/api/clients/${clientId}/statement`));
    expect(statement).toMatchObject({ receivableMinor: 11300 });
    expect(statement.invoices).toHaveLength(1);
    const aging = await ok(desk.get<{ payers: { payerId: string; totalMinor: number; buckets: Record<string, number> }[] }>('/api/billing/aging'));
    expect(aging.payers.find((row) => row.payerId === payerId)).toMatchObject({ totalMinor: 11300, buckets: { '0-30': 11300 } });
  });

  it('settles a paid visit whose status write loses races by reading and deciding again; losing every time is a conflict with nothing written', async () => {
    const { caseId, clientId, payerId } = await freshCase(owner);
    const { appointment } = await book(caseId);
    await setStatus(appointment.appointmentId, 'arrived');
    await world.drainStreams();
    const draft = await ok(desk.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId }));
    await ok(desk.post(`/api/invoices/${draft.invoiceId}/issue`));
    await ok(desk.post('/api/payments', { clientId, amountMinor: draft.totalMinor, method: 'card', allocations: [{ invoiceId: draft.invoiceId, amountMinor: draft.totalMinor }] }));

    await world.drainStreams();
    expect(await statusOf(appointment.appointmentId)).toBe('paid');

    // Taken back to Arrived as a refund would (no invoice changes, so the stream leaves it), then settled
    // by hand as the settlement consumer would, with status writes that lose their races.
    const context = billingContextFor(runtime(), world.clinicA.clinicId);
    await applyStatusChange(context.repos, await context.repos.appointments.get(appointment.appointmentId), { to: 'arrived', actor: 'billing' }, new Date().toISOString());
    expect(await statusOf(appointment.appointmentId)).toBe('arrived');
    const write = context.repos.appointments.write.bind(context.repos.appointments);
    let losses = 0;
    let losing = Infinity;
    context.repos.appointments.write = async (...args) => {
      if (losses < losing) {
        losses += 1;
        return false;
      }
      return write(...args);
    };
    await expect(settleVisit(context, appointment.appointmentId)).rejects.toMatchObject({ details: { code: 'concurrent_change' } });
    expect(losses).toBeGreaterThan(1);
    expect(await statusOf(appointment.appointmentId)).toBe('arrived');

    losses = 0;
    losing = 2;
    expect(await settleVisit(context, appointment.appointmentId)).toBe('paid');
    expect(losses).toBe(2);
    expect(await statusOf(appointment.appointmentId)).toBe('paid');
    await world.drainStreams();
    expect(await statusOf(appointment.appointmentId)).toBe('paid');
  });

  it('rolling an arrival back removes its uninvoiced charges and gives the visit back; arriving again charges again', async () => {
    const { caseId, payerId } = await freshCase(owner);
    await ok(owner.post(`/api/cases/${caseId}/authorizations`, { payerId, approvedVisits: 5, validFrom: '2020-01-01', validTo: '2040-12-31' }));
    const { appointment } = await book(caseId);
    await setStatus(appointment.appointmentId, 'arrived');
    await world.drainStreams();
    await setStatus(appointment.appointmentId, 'booked');
    await world.drainStreams();
    expect((await charges(caseId)).map((charge) => charge.status)).toEqual(['removed']);
    const billing = await ok(desk.get<{ authorizations: { usedVisits: number }[] }>(`/api/cases/${caseId}/billing`));
    expect(billing.authorizations[0]!.usedVisits).toBe(0);
    await setStatus(appointment.appointmentId, 'arrived');
    await world.drainStreams();
    expect((await charges(caseId)).filter((charge) => charge.status === 'open')).toHaveLength(1);
  });

  it('credits an invoiced charge when its visit is rolled back, and splits charges across payers', async () => {
    const { caseId, payerId: clientPayer } = await freshCase(owner);
    const insurer = await ok(owner.post<{ payerId: string }>(`/api/cases/${caseId}/payers`, { kind: 'motor_vehicle', name: 'Auto Insurer', claimNumber: 'CL-1', coverage: { kind: 'percent', basisPoints: 8000 } }));
    const { appointment } = await book(caseId);
    await setStatus(appointment.appointmentId, 'arrived');
    await world.drainStreams();
    const split = await charges(caseId);
    expect(split.map((charge) => [charge.payerId, charge.totalMinor]).sort()).toEqual([[clientPayer, 2260], [insurer.payerId, 9040]].sort());
    const invoice = await ok(desk.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId: insurer.payerId }));
    await ok(desk.post(`/api/invoices/${invoice.invoiceId}/issue`));
    await setStatus(appointment.appointmentId, 'booked');
    await world.drainStreams();
    const after = await charges(caseId);
    expect(after.find((charge) => charge.payerId === insurer.payerId)!.status).toBe('credited');
    expect(after.find((charge) => charge.payerId === clientPayer)!.status).toBe('removed');
    const credited = await ok(desk.get<Invoice & { creditedMinor: number }>(`/api/invoices/${invoice.invoiceId}`));
    expect(credited).toMatchObject({ creditedMinor: 9040, outstandingMinor: 0 });
    expect((await ok(desk.get<{ receivableMinor: number }>(`/api/cases/${caseId}/balance`))).receivableMinor).toBe(0);
  });

  it('charges the No Show fee of the policy, and warns or refuses booking past an exhausted authorization', async () => {
    const fee = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'NS', description: 'Missed appointment', unitPriceMinor: 5000, taxCodes: [] }));
    await ok(owner.request('PUT', '/api/billing/policy', { currency: 'CAD', taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }], noShowFeeItemId: fee.billingItemId, authorizationOverrun: 'warn', remainingVisitsAlertThreshold: 1 }));
    const { caseId, payerId } = await freshCase(owner);
    const { appointment } = await book(caseId);
    await setStatus(appointment.appointmentId, 'no_show');
    await world.drainStreams();
    expect((await charges(caseId)).map((charge) => [charge.status, charge.totalMinor])).toEqual([['open', 5000]]);

    await ok(owner.post(`/api/cases/${caseId}/authorizations`, { payerId, approvedVisits: 1, validFrom: '2020-01-01', validTo: '2040-12-31' }));
    const second = await book(caseId);
    // Outside-shift warnings may come too (nextStart is not always in a shift); the authorization's are the point here.
    const authorizationCodes = (result: { warnings?: { code: string }[] }) => (result.warnings ?? []).map((warning) => warning.code).filter((code) => code.startsWith('authorization_'));
    expect(authorizationCodes(second)).toEqual([]);
    await setStatus(second.appointment.appointmentId, 'arrived');
    await world.drainStreams();
    const warned = await book(caseId);
    expect(authorizationCodes(warned)).toEqual(['authorization_exhausted']);
    await ok(owner.request('PUT', '/api/billing/policy', { currency: 'CAD', taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }], noShowFeeItemId: fee.billingItemId, authorizationOverrun: 'block' }));
    const { sessionId, calendarId } = world.clinicA.ids;
    const refused = await desk.post<Problem>('/api/appointments', { caseId, sessionId, calendarId, start: nextStart() });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('urn:casefile:problem:authorization_exhausted');
    await ok(owner.request('PUT', '/api/billing/policy', { currency: 'CAD', taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }] }));
  });

  it('charges the late-cancellation fee only for a late cancellation, and rolling a No Show back removes its fee', async () => {
    const fee = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'LC', description: 'Late cancellation', unitPriceMinor: 2500, taxCodes: ['HST'] }));
    const noShowFee = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'NS2', description: 'Missed appointment', unitPriceMinor: 3000, taxCodes: [] }));
    await ok(owner.request('PUT', '/api/billing/policy', { currency: 'CAD', taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }], lateCancelFeeItemId: fee.billingItemId, noShowFeeItemId: noShowFee.billingItemId }));
    const { caseId } = await freshCase(owner);
    const { sessionId, calendarId } = world.clinicA.ids;
    const soon = new Date(Date.now() + 3 * 3_600_000);
    soon.setUTCMinutes(0, 0, 0);
    const late = await ok(desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId, sessionId, calendarId, start: soon.toISOString() }));
    const early = await book(caseId);
    await setStatus(late.appointment.appointmentId, 'canceled', 'Sick');
    await setStatus(early.appointment.appointmentId, 'canceled', 'Travelling');
    const missed = await book(caseId);
    await setStatus(missed.appointment.appointmentId, 'no_show');
    await world.drainStreams();
    await setStatus(missed.appointment.appointmentId, 'booked');
    await world.drainStreams();
    const all = await charges(caseId);
    expect(all.filter((charge) => charge.status === 'open').map((charge) => [charge.appointmentId, charge.totalMinor])).toEqual([[late.appointment.appointmentId, 2825]]);
    expect(all.filter((charge) => charge.appointmentId === missed.appointment.appointmentId).map((charge) => charge.status)).toEqual(['removed']);
    await ok(owner.request('PUT', '/api/billing/policy', { currency: 'CAD', taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }] }));
  });

  it('measures a moved visit’s late cancellation from its start at cancel time: moved into the window it pays the fee, moved out of it not', async () => {
    const fee = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'LC-MV', description: 'Late cancellation', unitPriceMinor: 2500, taxCodes: ['HST'] }));
    await ok(owner.request('PUT', '/api/billing/policy', { currency: 'CAD', taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }], lateCancelFeeItemId: fee.billingItemId }));
    const { lateCancelWindowHours } = await ok(desk.get<{ lateCancelWindowHours: number }>('/api/clinic'));
    expect(lateCancelWindowHours).toBeGreaterThan(5);
    const { caseId } = await freshCase(owner);
    const { sessionId, calendarId } = world.clinicA.ids;
    const hoursFromNow = (hours: number) => {
      const at = new Date(Date.now() + hours * 3_600_000);
      at.setUTCMinutes(0, 0, 0);
      return at.toISOString();
    };
    const move = async (appointmentId: string, start: string) =>
      (await ok(desk.post<{ appointment: { appointmentId: string; start: string } }>(`/api/appointments/${appointmentId}/move`, { calendarId, start }))).appointment;
    const visitCharges = async (appointmentId: string) => (await charges(caseId)).filter((charge) => charge.appointmentId === appointmentId && charge.status !== 'removed');

    // Booked well outside the window, moved into it, canceled: late, so the fee.
    const far = await book(caseId);
    const movedIn = await move(far.appointment.appointmentId, hoursFromNow(5));
    await setStatus(movedIn.appointmentId, 'canceled', 'Sick');
    // Booked inside the window, moved well outside it, canceled: not late, no fee.
    const near = await ok(desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId, sessionId, calendarId, start: hoursFromNow(4) }));
    const movedOut = await move(near.appointment.appointmentId, nextStart(6));
    await setStatus(movedOut.appointmentId, 'canceled', 'Travelling');
    await world.drainStreams();

    expect((await ok(desk.get<{ cancellation?: { late: boolean } }>(`/api/appointments/${movedIn.appointmentId}`))).cancellation?.late).toBe(true);
    expect((await visitCharges(movedIn.appointmentId)).map((charge) => [charge.status, charge.totalMinor])).toEqual([['open', 2825]]);
    expect((await ok(desk.get<{ cancellation?: { late: boolean } }>(`/api/appointments/${movedOut.appointmentId}`))).cancellation?.late).toBe(false);
    expect(await visitCharges(movedOut.appointmentId)).toEqual([]);
    // The rebooked originals charge nothing either.
    expect(await visitCharges(far.appointment.appointmentId)).toEqual([]);
    expect(await visitCharges(near.appointment.appointmentId)).toEqual([]);
    await ok(owner.request('PUT', '/api/billing/policy', { currency: 'CAD', taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }] }));
  });

  it('bad input answers a clear 4xx problem and writes no journal entry', async () => {
    const { caseId, clientId, payerId } = await freshCase(owner);
    const item = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'EX', description: 'Exercise', unitPriceMinor: 4000, taxCodes: ['HST'] }));
    const added = await ok(desk.post<{ items: Charge[] }>(`/api/cases/${caseId}/charges`, { billingItemId: item.billingItemId, payerId, serviceDate: '2026-11-20' }));
    const before = (await journal(clientId)).length;
    const expectProblem = async (response: Promise<{ status: number; body: Problem; headers: Headers }>, status: number, path?: string) => {
      const answer = await response;
      expect(answer.status).toBe(status);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      if (path) expect(answer.body.errors?.map((error) => error.path)).toContain(path);
      return answer.body;
    };

    await expectProblem(desk.post<Problem>(`/api/cases/${caseId}/charges`, { billingItemId: item.billingItemId, quantity: -2, serviceDate: '2026-11-20' }), 400, 'body.quantity');
    await expectProblem(desk.patch<Problem>(`/api/charges/${added.items[0]!.chargeId}`, { quantity: -1 }), 400, 'body.quantity');
    await expectProblem(owner.post<Problem>('/api/billing-items', { code: 'BAD', description: 'Bad tax', unitPriceMinor: 100, taxCodes: ['VAT'] }), 400, 'body.taxCodes.0');
    await expectProblem(desk.patch<Problem>(`/api/charges/${added.items[0]!.chargeId}`, { taxCodes: ['GST'] }), 400, 'body.taxCodes.0');

    const invoice = await ok(desk.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId }));
    await ok(desk.post(`/api/invoices/${invoice.invoiceId}/issue`));
    const afterIssue = (await journal(clientId)).length;
    expect(afterIssue).toBe(before + 1);
    await expectProblem(desk.patch<Problem>(`/api/invoices/${invoice.invoiceId}`, { notes: 'changed' }), 409);
    await expectProblem(desk.patch<Problem>(`/api/charges/${added.items[0]!.chargeId}`, { quantity: 3 }), 409);
    await expectProblem(desk.post<Problem>('/api/payments', { clientId, amountMinor: 999999, method: 'cash', allocations: [{ invoiceId: invoice.invoiceId, amountMinor: 999999 }] }), 400, 'body.allocations.0.amountMinor');

    await ok(desk.post(`/api/invoices/${invoice.invoiceId}/void`, { reason: 'Wrong payer' }));
    const afterVoid = (await journal(clientId)).length;
    expect(afterVoid).toBe(afterIssue + 1);
    await expectProblem(desk.post<Problem>('/api/payments', { clientId, amountMinor: 4520, method: 'cash', allocations: [{ invoiceId: invoice.invoiceId, amountMinor: 4520 }] }), 409);

    const payment = await ok(desk.post<{ paymentId: string }>('/api/payments', { clientId, amountMinor: 1000, method: 'cash' }));
    const afterPayment = (await journal(clientId)).length;
    await expectProblem(desk.post<Problem>(`/api/payments/${payment.paymentId}/refunds`, { amountMinor: 1001, reason: 'Too much' }), 400, 'body.amountMinor');
    await expectProblem(desk.post<Problem>(`/api/payments/${payment.paymentId}/refunds`, { amountMinor: -5, reason: 'Negative' }), 400, 'body.amountMinor');
    expect((await journal(clientId)).length).toBe(afterPayment);
  });

  it('credit notes reverse part of an issued invoice, and billing actions are on the audit trail', async () => {
    const { caseId, clientId, payerId } = await freshCase(owner);
    const item = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'CN', description: 'Credit test', unitPriceMinor: 10000, taxCodes: ['HST'] }));
    await ok(desk.post(`/api/cases/${caseId}/charges`, { billingItemId: item.billingItemId, payerId, serviceDate: '2026-11-20', quantity: 2 }));
    const invoice = await ok(desk.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId }));
    expect(invoice.totalMinor).toBe(22600);
    await ok(desk.post(`/api/invoices/${invoice.invoiceId}/issue`));
    const over = await desk.post<Problem>(`/api/invoices/${invoice.invoiceId}/credit-notes`, { amountMinor: 22601, reason: 'Too much' });
    expect(over.status).toBe(400);
    const credited = await ok(desk.post<Invoice & { creditedMinor: number; creditNotes: { subtotalMinor: number; taxByCode: Record<string, number> }[] }>(`/api/invoices/${invoice.invoiceId}/credit-notes`, { amountMinor: 11300, reason: 'One session was a courtesy' }));
    expect(credited).toMatchObject({ status: 'issued', creditedMinor: 11300, outstandingMinor: 11300 });
    expect(credited.creditNotes[0]).toMatchObject({ subtotalMinor: 10000, taxByCode: { HST: 1300 } });
    expect((await ok(desk.get<{ receivableMinor: number }>(`/api/cases/${caseId}/balance`))).receivableMinor).toBe(11300);
    expect((await journal(clientId)).map((entry) => entry.source).sort()).toEqual(['credit_note', 'invoice']);
    await world.drainStreams();
    const manager = await world.clinicA.api('manager');
    const trail = await ok(manager.get<{ items: { action: string; actor: string }[] }>(`/api/audit?entityType=invoice&entityId=${invoice.invoiceId}`));
    expect(trail.items.map((event) => event.action).sort()).toEqual(['created', 'updated', 'updated']);
  });

  it('splits one payment over several invoices, keeps the overpayment as credit, and pays from credit', async () => {
    const { caseId, clientId, payerId: clientPayer } = await freshCase(owner);
    const insurer = await ok(owner.post<{ payerId: string }>(`/api/cases/${caseId}/payers`, { kind: 'insurer', name: 'Health Plan', coverage: { kind: 'fixed', amountMinor: 5000 } }));
    const item = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'SP', description: 'Split test', unitPriceMinor: 10000, taxCodes: [] }));
    const made = await ok(desk.post<{ items: Charge[] }>(`/api/cases/${caseId}/charges`, { billingItemId: item.billingItemId, serviceDate: '2026-11-20' }));
    expect(made.items.map((charge) => [charge.payerId, charge.totalMinor]).sort()).toEqual([[clientPayer, 5000], [insurer.payerId, 5000]].sort());
    const first = await ok(desk.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId: clientPayer }));
    const second = await ok(desk.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId: insurer.payerId }));
    expect(second.invoiceNumber).toBeGreaterThan(first.invoiceNumber);
    await ok(desk.post(`/api/invoices/${first.invoiceId}/issue`));
    await ok(desk.post(`/api/invoices/${second.invoiceId}/issue`));
    const paid = await ok(desk.post<{ toCreditMinor: number }>('/api/payments', { clientId, amountMinor: 8000, method: 'cash', allocations: [{ invoiceId: first.invoiceId, amountMinor: 5000 }, { invoiceId: second.invoiceId, amountMinor: 2000 }] }));
    expect(paid.toCreditMinor).toBe(1000);
    const fromCredit = await desk.post<Problem>('/api/payments', { clientId, amountMinor: 0, fromCreditMinor: 2000, method: 'credit', allocations: [{ invoiceId: second.invoiceId, amountMinor: 2000 }] });
    expect(fromCredit.status).toBe(409);
    await ok(desk.post('/api/payments', { clientId, amountMinor: 2000, fromCreditMinor: 1000, method: 'card', allocations: [{ invoiceId: second.invoiceId, amountMinor: 3000 }] }));
    const balance = await ok(desk.get<{ receivableMinor: number; clientCreditMinor: number }>(`/api/cases/${caseId}/balance`));
    expect(balance).toMatchObject({ receivableMinor: 0, clientCreditMinor: 0 });
    expect((await ok(desk.get<Invoice>(`/api/invoices/${second.invoiceId}`))).status).toBe('paid');
  });

  it('numbers invoices and keeps billing away from roles that may not read it', async () => {
    const provider = await world.clinicA.api('provider');
    const { caseId } = await freshCase(owner);
    expect((await provider.get(`/api/cases/${caseId}/balance`)).status).toBe(403);
    const context = await ok(provider.get<{ billing?: unknown }>(`/api/cases/${caseId}/booking-context`));
    expect(context.billing).toBeUndefined();
  });
});
