/**
 * Recalls re-planned when the rules are saved (issue 18 item 2), on DynamoDB Local through the real
 * API, the stream poller and the recalls consumer driving the job batch by batch. The scheduler is
 * kept in memory, so the test reads each recall's schedule. Companion of the recall test at the end
 * of waitlistOffers.test.ts (same world), kept apart so it starts from a clinic without rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClinicRepositories } from '@casefile/db';
import { runtime } from '../../functions/src/runtime';
import { handler as fireRecall } from '../../functions/src/scheduled/fireRecall';
import { runRecallReplanBatch } from '../../functions/src/usecases/recalls/replanRecallsBatch';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import { startWaitlistWorld, type WaitlistWorld } from './waitlistWorld';

const DAY = 86_400_000;
type RecallBody = { recallId: string; caseId: string; status: string; dueAt: string; dismissed: boolean; updatedAt: string };

describe('re-planning recalls when the rules change', () => {
  let w: WaitlistWorld;
  beforeAll(async () => {
    process.env.RECALL_REPLAN_BATCH_SIZE = '2';
    w = await startWaitlistWorld();
  }, 400_000);
  afterAll(async () => {
    delete process.env.RECALL_REPLAN_BATCH_SIZE;
    await w?.stop();
  });

  it('puts discharged clients on the list when a rule is turned on, re-dates on a change, does nothing twice, and withdraws on disabling', async () => {
    const date = '2027-01-12';
    await w.addShift(date);
    const clients = [await w.newClient('Discharged'), await w.newClient('Other'), await w.newClient('Dismissed')];
    const starts = [];
    for (const [index, client] of clients.entries()) {
      const start = w.local(date, `1${index}:00`);
      const booked = await w.desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: client.caseId, sessionId: w.session.sessionId, calendarId: w.calendar.calendarId, start, mode: 'no_overlap' });
      expect(booked.status).toBe(201);
      starts.push({ appointmentId: booked.body.appointment.appointmentId, start });
    }
    w.clock.set(new Date(w.local(date, '16:00')));
    for (const { appointmentId } of starts) expect((await w.desk.post(`/api/appointments/${appointmentId}/status`, { status: 'arrived' })).status).toBe(200);
    for (const client of clients) expect((await w.desk.patch(`/api/cases/${client.caseId}`, { status: 'discharged' })).status).toBe(200);
    await w.world.drainStreams();

    const recallsOf = async (query = '?dismissed=all') => {
      const items = (await w.desk.get<{ items: RecallBody[] }>(`/api/recalls${query}`)).body.items;
      return Object.fromEntries(items.filter((item) => clients.some((client) => client.caseId === item.caseId)).map((item) => [item.caseId, item]));
    };
    const scheduleOf = (recallId: string, step: 'due' | 'noResponse') =>
      [...w.scheduler.schedules.values()].find((schedule) => (schedule.payload as { recallId?: string; step?: string }).recallId === recallId && (schedule.payload as { step?: string }).step === step);
    const repos = createClinicRepositories({ service: runtime().service, clinicId: w.world.clinicA.clinicId, actor: 'test', now: () => w.clock.now(), newId: runtime().newId });
    const saveRules = async (interval: { count: number; unit: 'weeks' }, enabled = true) => {
      const rule = { ruleId: 'after-discharge', name: 'After discharge', enabled, sessionId: w.session.sessionId, caseType: 'private', interval, anchor: 'last_visit', channels: { email: true, sms: false }, noResponseDays: 7 };
      const saved = await w.owner.request<{ replan: { status: string } | null }>('PUT', '/api/recall-rules', { rules: [rule] });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      // The answer shows the re-plan the save started (already done, if the stream was that quick).
      expect(['running', 'done']).toContain(saved.body.replan?.status);
      await w.world.drainStreams();
      const job = await repos.recalls.replanJob();
      expect(job).toMatchObject({ done: true });
      const shown = await w.desk.get<{ replan: { status: string; casesPlanned: number } }>('/api/recall-rules');
      expect(shown.body.replan).toMatchObject({ status: 'done', casesPlanned: job!.planned });
      return job!;
    };
    expect(await recallsOf()).toEqual({}); // no rules yet: visits planned nothing

    // Turned on: one upcoming recall per discharged case, each with its due schedule; the clinic's clients walked in several batches.
    const first = await saveRules({ count: 6, unit: 'weeks' });
    expect(first.batches).toBeGreaterThan(1);
    expect(first.planned).toBeGreaterThanOrEqual(clients.length);
    const on = await recallsOf();
    expect(Object.keys(on)).toHaveLength(3);
    for (const [index, client] of clients.entries()) {
      expect(on[client.caseId]).toMatchObject({ status: 'upcoming', dismissed: false, dueAt: new Date(Date.parse(starts[index]!.start) + 42 * DAY).toISOString() });
      expect(scheduleOf(on[client.caseId]!.recallId, 'due')?.at).toBe(on[client.caseId]!.dueAt);
    }

    // Changed: the same recalls, re-dated, their schedules moved.
    await saveRules({ count: 8, unit: 'weeks' });
    const changed = await recallsOf();
    for (const [index, client] of clients.entries()) {
      expect(changed[client.caseId]!.recallId).toBe(on[client.caseId]!.recallId);
      expect(changed[client.caseId]!.dueAt).toBe(new Date(Date.parse(starts[index]!.start) + 56 * DAY).toISOString());
      expect(scheduleOf(changed[client.caseId]!.recallId, 'due')?.at).toBe(changed[client.caseId]!.dueAt);
    }

    // Run again with the same rules: nothing created, moved or rescheduled.
    const schedulesBefore = JSON.stringify([...w.scheduler.schedules.entries()].sort());
    const again = await saveRules({ count: 8, unit: 'weeks' });
    expect(again.revision).toBeGreaterThan(first.revision);
    expect(await recallsOf()).toEqual(changed);
    expect(JSON.stringify([...w.scheduler.schedules.entries()].sort())).toBe(schedulesBefore);
    // A stale job record (an older revision or batch) runs nothing.
    expect(await runRecallReplanBatch(runtime(), { ...again, batches: 0 })).toBeUndefined();

    // One recall sent, one dismissed; then the rule is disabled: only the unsent, undismissed one is withdrawn with its schedule.
    const [sent, withdrawn, dismissed] = clients.map((client) => changed[client.caseId]!);
    w.clock.set(new Date(Date.parse(sent!.dueAt) + 60_000));
    expect(await fireRecall(scheduleOf(sent!.recallId, 'due')!.payload, createLambdaContext('fireRecall', 10_000))).toBe('sent');
    expect((await w.desk.post(`/api/recalls/${dismissed!.recallId}/dismiss`)).status).toBe(200);
    const withdrawnDue = scheduleOf(withdrawn!.recallId, 'due')!.payload;
    await saveRules({ count: 8, unit: 'weeks' }, false);
    const off = await recallsOf();
    expect(off[clients[1]!.caseId]).toBeUndefined();
    expect(scheduleOf(withdrawn!.recallId, 'due')).toBeUndefined();
    expect(off[clients[0]!.caseId]).toMatchObject({ recallId: sent!.recallId, status: 'sent' });
    expect(scheduleOf(sent!.recallId, 'noResponse')).toBeDefined();
    expect(off[clients[2]!.caseId]).toMatchObject({ recallId: dismissed!.recallId, status: 'upcoming', dismissed: true, dueAt: dismissed!.dueAt });
    // A schedule of the withdrawn recall that fires all the same sends nothing.
    expect(await fireRecall(withdrawnDue, createLambdaContext('fireRecall', 10_000))).toBe('unchanged');
    expect(w.mails.filter((mail) => mail.tags.kind === 'recall').map((mail) => mail.to)).toEqual([clients[0]!.email]);

    // Turned on again: the withdrawn recall comes back (same id), the others stay as they are.
    await saveRules({ count: 8, unit: 'weeks' });
    const back = await recallsOf();
    expect(back[clients[1]!.caseId]).toMatchObject({ recallId: withdrawn!.recallId, status: 'upcoming' });
    expect(back[clients[0]!.caseId]!.status).toBe('sent');
  }, 300_000);
});
