/**
 * Forms with e-signature through the API: a consent form emailed as a link, opened and signed with the
 * token in POST bodies, immutable and hashed once submitted; scored measures; filling for the client;
 * the communication log; audited reads.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formSubmissionContent } from '@casefile/core';
import { setPorts } from '../../functions/src/ports/setPorts';
import { captureOutput } from '../support/captureOutput';
import { mailFailingFormLinks } from '../support/failingFormLinkMail';
import { startWorld, type World } from '../support/world';

interface Mail {
  destination: { to: string[] };
  subject: string;
  body: { text: string; html: string };
}
interface FormView {
  formId: string;
  caseId: string;
  clientId: string;
  status: string;
  template: unknown;
  answers?: Record<string, unknown>;
  score?: { value: number; rule: string };
  signature?: { typedName: string; image?: string; consentWording: string; ipAddress: string; userAgent: string; onBehalfBy?: string };
  submittedAt?: string;
  sha256?: string;
  filledBy?: string;
}

// A 1x1 transparent PNG: what a canvas's toDataURL gives, only smaller.
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('forms with e-signature', () => {
  let world: World;
  let email: string;
  /** How far the scheduler's clock runs ahead, so a delayed notice comes due. */
  let schedulerAhead = 0;
  beforeAll(async () => {
    // INFO: request log lines too, so the privacy check below reads every line a request writes.
    process.env.LOG_LEVEL = 'INFO';
    world = await startWorld({ notifications: { now: () => Date.now() + schedulerAhead } });
    const owner = await world.clinicA.api('owner');
    email = `forms.${Date.now()}@example.test`;
    await owner.patch(`/api/clients/${world.clinicA.ids.clientId}`, { email, consent: { treatment: false, privacyPolicy: false, electronicCommunication: true } });
    // Starting DynamoDB Local, SES and the seed can take longer than the default hook timeout on a busy machine.
  }, 300_000);
  afterAll(() => world?.stop());

  const mailsTo = async (address: string) => ((await (await fetch(`${world.notifications!.ses.url}/store`)).json()) as { emails: Mail[] }).emails.filter((mail) => mail.destination.to.includes(address));
  const tokenFrom = (mail: Mail) => /\/book\/forms\/#([A-Za-z0-9._-]+)/.exec(mail.body.text)?.[1];

  it('emails a consent link; the client opens and signs it; the form is immutable, hashed, and sets the consent flag', async () => {
    const owner = await world.clinicA.api('owner');
    const sent = await owner.post<{ form: { formId: string; status: string }; emailed: boolean }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: 'consent-treatment' });
    expect(sent.status).toBe(201);
    expect(sent.body.emailed).toBe(true);
    const mails = await mailsTo(email);
    const token = tokenFrom(mails.at(-1)!)!;
    expect(token).toBeTruthy();
    // The token rides in the fragment, never in a path or query a server would log.
    expect(mails.at(-1)!.body.text).not.toMatch(/\/book\/forms\/[^#\s]/);

    const opened = await world.anonymous.post<{ template: { consentWording: string; fields: { key: string }[] } }>('/api/public/forms/open', { token });
    expect(opened.status).toBe(200);
    const before = await owner.get<{ consent: { treatment: boolean } }>(`/api/clients/${world.clinicA.ids.clientId}`);
    expect((before.body as unknown as { client: { consent: { treatment: boolean } } }).client.consent.treatment).toBe(false);

    const submission = { token, answers: { understood: true }, typedName: 'Ann Example', signatureImage: SIGNATURE, agreed: true };
    const submitted = await world.anonymous.request<{ sha256: string }>('POST', '/api/public/forms/submit', submission, { 'user-agent': 'PhoneBrowser/1.0' });
    expect(submitted.status).toBe(201);

    const form = await owner.get<FormView>(`/api/form-requests/${sent.body.form.formId}`);
    expect(form.body.status).toBe('submitted');
    expect(form.body.signature).toMatchObject({ typedName: 'Ann Example', image: SIGNATURE, userAgent: 'PhoneBrowser/1.0', ipAddress: '127.0.0.1' });
    expect(form.body.signature!.consentWording).toContain('I consent to assessment and treatment');
    expect(createHash('sha256').update(formSubmissionContent(form.body)).digest('hex')).toBe(form.body.sha256);
    expect(form.body.sha256).toBe(submitted.body.sha256);

    const after = await owner.get<{ client: { consent: { treatment: boolean; recordedOn?: string }; updatedAt: string } }>(`/api/clients/${world.clinicA.ids.clientId}`);
    expect(after.body.client.consent.treatment).toBe(true);
    // One transaction: the flag is written by the submission itself, at its instant.
    expect(after.body.client.updatedAt).toBe(form.body.submittedAt);

    // Spent: a second submission, a replay with other answers, a staff fill, and opening it again are all refused.
    const again = await world.anonymous.post('/api/public/forms/submit', { ...submission, typedName: 'Someone Else' });
    expect(again.status).toBe(409);
    expect((await world.anonymous.post('/api/public/forms/open', { token })).status).toBe(409);
    expect((await owner.post(`/api/form-requests/${sent.body.form.formId}/fill`, { answers: { understood: false }, typedName: 'Changed' })).status).toBe(409);
    const unchanged = await owner.get<FormView>(`/api/form-requests/${sent.body.form.formId}`);
    expect(unchanged.body.sha256).toBe(form.body.sha256);
    expect(unchanged.body.signature!.typedName).toBe('Ann Example');

    const pdf = await fetch(`${world.baseUrl}/api/form-requests/${sent.body.form.formId}/pdf`, { headers: { authorization: `Bearer ${owner.token}` } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('sets the consent flag with the submission even when staff change the client at the same moment', async () => {
    const owner = await world.clinicA.api('owner');
    const sent = await owner.post<{ form: { formId: string } }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: 'consent-privacy', sendEmail: false });
    const [filled, patched] = await Promise.all([
      owner.post<FormView>(`/api/form-requests/${sent.body.form.formId}/fill`, { answers: { insurerSharing: true }, typedName: 'Ann Example' }),
      owner.patch(`/api/clients/${world.clinicA.ids.clientId}`, { gender: 'female' }),
    ]);
    expect(filled.status).toBe(200);
    // The staff edit may lose its race (409) but never undoes the consent, and the consent never undoes the edit.
    expect([200, 409]).toContain(patched.status);
    const client = await owner.get<{ client: { consent: { privacyPolicy: boolean }; gender?: string } }>(`/api/clients/${world.clinicA.ids.clientId}`);
    expect(client.body.client.consent.privacyPolicy).toBe(true);
    if (patched.status === 200) expect(client.body.client.gender).toBe('female');
  });

  it('refuses a forged or altered link', async () => {
    const forged = `${'eyJhbGciOiJIUzI1NiJ9'}.${Buffer.from(JSON.stringify({ cid: world.clinicA.clinicId, sub: '01JDEM0M1SS1NG000000000000', aud: 'casefile:form', iss: 'casefile', exp: 4102444800 })).toString('base64url')}.c2lnbmF0dXJl`;
    expect((await world.anonymous.post('/api/public/forms/open', { token: forged })).status).toBe(404);
    const submitted = await world.anonymous.post('/api/public/forms/submit', { token: forged, answers: { understood: true }, typedName: 'Mallory', signatureImage: SIGNATURE, agreed: true });
    expect(submitted.status).toBe(404);
  });

  it('scores an outcome measure, trends it, and marks a form filled by staff on the client’s behalf', async () => {
    const provider = await world.clinicA.api('provider');
    const answers = { pain: '2', care: '1', lifting: '3', walking: '1', sleeping: '2', work: '3' };
    for (const scoreSet of [answers, { ...answers, lifting: '1', work: '1' }]) {
      const created = await provider.post<{ form: { formId: string } }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: 'function-check', sendEmail: false });
      const filled = await provider.post<FormView>(`/api/form-requests/${created.body.form.formId}/fill`, { answers: scoreSet, typedName: 'Ann Example' });
      expect(filled.status).toBe(200);
      expect(filled.body.filledBy).toBe('staff');
      expect(filled.body.signature!.onBehalfBy).toBe(world.clinicA.users.provider!.memberId);
    }
    const trends = await provider.get<{ items: { templateKey: string; points: { value: number }[] }[] }>(`/api/cases/${world.clinicA.ids.caseId}/form-trends`);
    // 12 of 24 points, then 8 of 24.
    expect(trends.body.items.find((series) => series.templateKey === 'function-check')!.points.map((point) => point.value)).toEqual([50, 33.3]);

    const badAnswers = await provider.post<{ form: { formId: string } }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: 'function-check', sendEmail: false });
    const refused = await provider.post(`/api/form-requests/${badAnswers.body.form.formId}/fill`, { answers: { pain: '9' }, typedName: 'Ann Example' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('body.answers.pain');
  });

  it('front desk sees that forms exist and their status, never their answers; every read is audited', async () => {
    const frontDesk = await world.clinicA.api('front_desk');
    const listed = await frontDesk.get<{ items: { formId: string; status: string; answers?: unknown }[] }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`);
    expect(listed.status).toBe(200);
    const submitted = listed.body.items.find((form) => form.status === 'submitted')!;
    expect(submitted).toBeDefined();
    expect(JSON.stringify(listed.body)).not.toContain('answers');
    expect((await frontDesk.get(`/api/form-requests/${submitted.formId}`)).status).toBe(403);
    expect((await (await world.clinicA.api('billing')).get(`/api/form-requests/${submitted.formId}`)).status).toBe(403);

    const manager = await world.clinicA.api('manager');
    await manager.get(`/api/form-requests/${submitted.formId}`);
    const owner = await world.clinicA.api('owner');
    await world.drainStreams();
    const trail = await owner.get<{ items: { action: string; actor: string }[] }>(`/api/audit?entityType=formRequest&entityId=${submitted.formId}`);
    expect(trail.body.items.filter((event) => event.action === 'read').map((event) => event.actor)).toContain(world.clinicA.users.manager!.memberId);
  });

  it('keeps a communication log of recorded calls and the visits’ notices', async () => {
    const frontDesk = await world.clinicA.api('front_desk');
    const recorded = await frontDesk.post<{ entryId: string }>(`/api/cases/${world.clinicA.ids.caseId}/communications`, { channel: 'phone', direction: 'inbound', summary: 'Asked to move Thursday’s visit.' });
    expect(recorded.status).toBe(201);
    const owner = await world.clinicA.api('owner');
    const booked = await owner.post<{ appointment: { appointmentId: string } }>('/api/appointments', {
      caseId: world.clinicA.ids.caseId,
      sessionId: world.clinicA.ids.sessionId,
      calendarId: world.clinicA.ids.calendarId,
      start: new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 11) + '15:00:00.000Z',
    });
    expect(booked.status).toBe(201);
    await world.drainStreams();
    schedulerAhead = 10 * 60_000;
    await world.notifications!.scheduler.tick();
    schedulerAhead = 0;
    await world.drainStreams();
    const log = await frontDesk.get<{ items: { source: string; summary?: string; appointmentId?: string; outcome?: string }[] }>(`/api/cases/${world.clinicA.ids.caseId}/communications`);
    expect(log.status).toBe(200);
    expect(log.body.items.find((item) => item.source === 'staff')?.summary).toBe('Asked to move Thursday’s visit.');
    // Whatever the visit's notification log holds (sent, skipped or failed) shows in the case's log.
    const visitLog = await owner.get<{ items: { outcome: string; kind: string }[] }>(`/api/appointments/${booked.body.appointment.appointmentId}/notifications`);
    const settled = visitLog.body.items.filter((entry) => entry.outcome !== 'sending');
    expect(log.body.items.filter((item) => item.source === 'notice' && item.appointmentId === booked.body.appointment.appointmentId)).toHaveLength(settled.length);
  });

  it('limits a form link per form with 429 and Retry-After, as the booking routes do', async () => {
    const owner = await world.clinicA.api('owner');
    await owner.post(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: 'intake' });
    const token = tokenFrom((await mailsTo(email)).at(-1)!)!;
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let index = 0; index < 31; index++) {
      const opened = await world.anonymous.post('/api/public/forms/open', { token });
      statuses.push(opened.status);
      retryAfter = opened.headers.get('retry-after') ?? retryAfter;
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('lets management design, revise and retire a form template; a sent form keeps the revision it was filled on', async () => {
    const manager = await world.clinicA.api('manager');
    const design = {
      name: 'Neck check',
      kind: 'outcome_measure',
      consentWording: 'My answers are true.',
      scoring: { rule: 'sum', label: 'Total' },
      fields: [
        { key: 'pain', label: 'Pain today', type: 'scale', required: true, min: 0, max: 10, scored: true },
        { key: 'sleep', label: 'Sleep', type: 'single_choice', required: true, scored: true, choices: [{ value: 'good', label: 'Good', score: 0 }, { value: 'poor', label: 'Poor', score: 2 }] },
      ],
    };
    const bad = await manager.post('/api/form-templates', { ...design, scoring: undefined });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('body.scoring');
    expect((await (await world.clinicA.api('front_desk')).post('/api/form-templates', design)).status).toBe(403);
    const created = await manager.post<{ templateKey: string; version: number }>('/api/form-templates', design);
    expect(created.status).toBe(201);
    const key = created.body.templateKey;

    const provider = await world.clinicA.api('provider');
    const sent = await provider.post<{ form: { formId: string } }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: key, sendEmail: false });
    expect(sent.status).toBe(201);
    const revised = await manager.patch<{ version: number }>(`/api/form-templates/${key}`, { fields: [design.fields[0]], scoring: { rule: 'sum', label: 'Pain' } });
    expect(revised.body.version).toBe(2);
    expect((await manager.patch(`/api/form-templates/${key}`, { scoring: { rule: 'mean', label: 'Pain' } })).status).toBe(400);

    // Filled after the revision, on the revision it was sent with: both questions, scored by the old design.
    const filled = await provider.post<FormView>(`/api/form-requests/${sent.body.form.formId}/fill`, { answers: { pain: 4, sleep: 'poor' }, typedName: 'Ann Example' });
    expect(filled.status).toBe(200);
    expect(filled.body.template).toMatchObject({ templateKey: key, version: 1 });
    expect(filled.body.score?.value).toBe(6);

    expect((await manager.patch(`/api/form-templates/${key}`, { active: false })).status).toBe(200);
    const listed = await provider.get<{ items: { templateKey: string }[] }>('/api/form-templates');
    expect(listed.body.items.map((template) => template.templateKey)).not.toContain(key);
    expect((await provider.get<{ items: { templateKey: string; active: boolean }[] }>('/api/form-templates?includeRetired=true')).body.items.find((template) => template.templateKey === key)?.active).toBe(false);
    expect((await provider.post(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: key, sendEmail: false })).status).toBe(400);
  });

  it('re-sends an open form’s link: the old link stops working, the new one opens it, and the case logs it', async () => {
    const desk = await world.clinicA.api('front_desk');
    const sent = await desk.post<{ form: { formId: string } }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: 'consent-privacy' });
    const formId = sent.body.form.formId;
    const first = tokenFrom((await mailsTo(email)).at(-1)!)!;
    expect((await world.anonymous.post('/api/public/forms/open', { token: first })).status).toBe(200);

    const resent = await desk.post<{ form: { formId: string; status: string }; emailed: boolean; notSent?: string }>(`/api/form-requests/${formId}/resend`);
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ form: { formId, status: 'sent' }, emailed: true });
    expect(resent.body.notSent).toBeUndefined();
    const second = tokenFrom((await mailsTo(email)).at(-1)!)!;
    expect(second).not.toBe(first);
    expect((await world.anonymous.post('/api/public/forms/open', { token: first })).status).toBe(404);
    const submission = { answers: { insurerSharing: true }, typedName: 'Ann Example', signatureImage: SIGNATURE, agreed: true };
    expect((await world.anonymous.post('/api/public/forms/submit', { token: first, ...submission })).status).toBe(404);
    expect((await world.anonymous.post('/api/public/forms/submit', { token: second, ...submission })).status).toBe(201);

    const log = await desk.get<{ items: { source: string; channel?: string; summary?: string; recordedBy?: string }[] }>(`/api/cases/${world.clinicA.ids.caseId}/communications`);
    expect(log.body.items).toContainEqual(expect.objectContaining({ source: 'staff', channel: 'email', recordedBy: world.clinicA.users.front_desk!.memberId, summary: expect.stringContaining('re-sent') }));

    const refused = await desk.post<{ type?: string }>(`/api/form-requests/${formId}/resend`);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.body.type).toBe('urn:casefile:problem:form_submitted');
    expect((await mailsTo(email)).filter((mail) => mail.body.text.includes(second))).toHaveLength(1);
  });

  it('a re-send whose mail fails still replaces the link, says so, and logs the failure; the next re-send delivers', async () => {
    const desk = await world.clinicA.api('front_desk');
    const sent = await desk.post<{ form: { formId: string } }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: 'intake' });
    const first = tokenFrom((await mailsTo(email)).at(-1)!)!;
    setPorts({ outgoingMail: mailFailingFormLinks() });
    try {
      const failed = await desk.post<{ emailed: boolean; notSent?: string }>(`/api/form-requests/${sent.body.form.formId}/resend`);
      expect(failed.status).toBe(200);
      expect(failed.body).toMatchObject({ emailed: false, notSent: 'mail_failed' });
    } finally {
      setPorts(undefined);
    }
    expect((await world.anonymous.post('/api/public/forms/open', { token: first })).status).toBe(404);
    const log = await desk.get<{ items: { summary?: string }[] }>(`/api/cases/${world.clinicA.ids.caseId}/communications`);
    expect(log.body.items.some((item) => item.summary?.includes('not delivered (the mail service failed)'))).toBe(true);

    expect((await desk.post<{ emailed: boolean }>(`/api/form-requests/${sent.body.form.formId}/resend`)).body.emailed).toBe(true);
    const third = tokenFrom((await mailsTo(email)).at(-1)!)!;
    expect((await world.anonymous.post('/api/public/forms/open', { token: third })).status).toBe(200);
  });

  it('clinical answers appear in no log line and no email, whoever fills the form and whatever fails', async () => {
    const marker = 'zqxformmarkerqzx';
    const owner = await world.clinicA.api('owner');
    const provider = await world.clinicA.api('provider');
    const lines = await captureOutput(async () => {
      const emailed = await owner.post<{ form: { formId: string } }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: 'intake' });
      const token = tokenFrom((await mailsTo(email)).at(-1)!)!;
      const answers = { reason: `Shoulder ${marker}`, painNow: 6, regions: ['shoulder'], surgeries: false, emergencyContact: `Sam ${marker}` };
      // Refused first (an answer that does not fit, an unknown key), then accepted.
      await world.anonymous.post('/api/public/forms/submit', { token, answers: { ...answers, painNow: `${marker}` }, typedName: 'Ann Example', signatureImage: SIGNATURE, agreed: true });
      await world.anonymous.post('/api/public/forms/submit', { token, answers: { ...answers, [`x${marker}`.slice(0, 30)]: marker }, typedName: 'Ann Example', signatureImage: SIGNATURE, agreed: true });
      expect((await world.anonymous.post('/api/public/forms/submit', { token, answers, typedName: 'Ann Example', signatureImage: SIGNATURE, agreed: true })).status).toBe(201);
      await world.anonymous.post('/api/public/forms/submit', { token, answers, typedName: 'Ann Example', signatureImage: SIGNATURE, agreed: true });
      await provider.get(`/api/form-requests/${emailed.body.form.formId}`);
      await provider.get(`/api/form-requests/${emailed.body.form.formId}/pdf`);
      await owner.post(`/api/form-requests/${emailed.body.form.formId}/resend`);

      const measure = await provider.post<{ form: { formId: string } }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: 'function-check', sendEmail: false });
      await provider.post(`/api/form-requests/${measure.body.form.formId}/fill`, { answers: { pain: marker }, typedName: 'Ann Example' });
      await provider.get(`/api/cases/${world.clinicA.ids.caseId}/form-trends`);
      await world.drainStreams();
      schedulerAhead = 10 * 60_000;
      await world.notifications!.scheduler.tick();
      schedulerAhead = 0;
      await world.drainStreams();
    });
    expect(lines.some((line) => line.includes('/api/public/forms/submit'))).toBe(true);
    expect(lines.filter((line) => line.includes(marker))).toEqual([]);
    const mails = ((await (await fetch(`${world.notifications!.ses.url}/store`)).json()) as { emails: Mail[] }).emails;
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.filter((mail) => JSON.stringify(mail).includes(marker))).toEqual([]);
  });
});
