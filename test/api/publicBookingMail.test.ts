import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import type { Calendar, PublicBooking } from '@casefile/core';
import { setPorts } from '../../functions/src/ports/setPorts';
import { mailFailingFormLinks } from '../support/failingFormLinkMail';
import { startWorld, type World } from '../support/world';

type Mail = { destination: { to: string[] }; subject: string; body: { html: string; text: string }; attachments?: { filename: string }[] };
type Problem = { type: string; errors?: { path: string }[] };
const ZONE = 'America/Toronto';

describe('online booking mail: email codes and the confirmation with its manage link (O4, N3)', () => {
  let world: World;
  let calendar: Calendar;
  let sessionId: string;
  let sessionName: string;
  let day: string;
  /** Moves the scheduler loop's clock ahead, so delayed notices come due. */
  let skew = 0;
  const at = (time: string) => Temporal.PlainDateTime.from(`${day}T${time}`).toZonedDateTime(ZONE).toInstant().toString();
  const mailsTo = async (address: string): Promise<Mail[]> =>
    ((await (await fetch(`${world.notifications!.ses.url}/store`)).json()) as { emails: Mail[] }).emails.filter((mail) => mail.destination.to.includes(address));
  const requestCode = (email: string) => world.anonymous.post<{ sent: boolean; expiresInMinutes: number } & Problem>('/api/public/clinics/riverside/email-codes', { email });
  const codeIn = (mail: Mail) => /\b(\d{6})\b/.exec(mail.subject)![1]!;

  beforeAll(async () => {
    world = await startWorld({ notifications: { now: () => Date.now() + skew } });
    const owner = await world.clinicA.api('owner');
    const member = await owner.post<{ memberId: string }>('/api/members', {
      firstName: 'Mia',
      lastName: 'Mailer',
      email: `mia.mailer.${Date.now()}@riverside.test`,
      role: 'provider',
      disciplineIds: [world.clinicA.ids.disciplineId],
      calendarLocationId: world.clinicA.ids.locationId,
    });
    const calendars = await owner.get<{ items: Calendar[] }>('/api/calendars?kind=provider');
    const own = calendars.body.items.find((one) => one.memberId === member.body.memberId)!;
    calendar = (
      await owner.patch<Calendar>(`/api/calendars/${own.calendarId}`, {
        onlineBooking: true,
        disciplineIds: [world.clinicA.ids.disciplineId],
        guardrails: { leadTimeMinutes: 60, selfCancelWindowHours: 24 },
      })
    ).body;
    const sessions = await owner.get<{ items: { sessionId: string; name: string; onlineBookable: boolean; disciplineId: string; requiredResourceKinds: string[] }[] }>('/api/sessions');
    const session = sessions.body.items.find((one) => one.onlineBookable && one.disciplineId === world.clinicA.ids.disciplineId && one.requiredResourceKinds.length === 0)!;
    sessionId = session.sessionId;
    sessionName = session.name;
    day = Temporal.Now.plainDateISO(ZONE).add({ days: 12 }).toString();
    const desk = await world.clinicA.api('front_desk');
    expect((await desk.post('/api/shifts', { calendarId: calendar.calendarId, date: day, start: '07:00', end: '08:30', breaks: [] })).status).toBe(201);
  });
  afterAll(() => world?.stop());

  it('answers a known and an unknown address alike, and mails each a code', async () => {
    const owner = await world.clinicA.api('owner');
    const known = await owner.get<{ client: { email: string } }>(`/api/clients/${world.clinicA.ids.clientId}`);
    const forKnown = await requestCode(known.body.client.email);
    const forUnknown = await requestCode('nobody.yet@example.test');
    expect(forKnown.status).toBe(202);
    expect(forUnknown.status).toBe(202);
    expect(forKnown.body).toEqual(forUnknown.body);
    expect(forKnown.body).toEqual({ sent: true, expiresInMinutes: 15 });
    expect(await mailsTo(known.body.client.email)).toHaveLength(1);
    const [mail] = await mailsTo('nobody.yet@example.test');
    expect(mail!.subject).toMatch(/^\d{6} is your Riverside Physio & Rehab booking code$/);
    // In the clinic's layout and signed by it, like every mail (issue 16).
    expect(mail!.body.text).toMatch(/\n--\nRiverside Physio & Rehab\n/);
    expect(mail!.body.html).toMatch(/^<!doctype html>\s*<html lang="en"/);
    expect(mail!.body.html).toContain('<div>Riverside Physio &amp; Rehab</div>');
  });

  it('books with the mailed code, sends one confirmation with the manage link, and spends the code', async () => {
    const email = 'mailed.client@example.test';
    expect((await requestCode(email)).status).toBe(202);
    const code = codeIn((await mailsTo(email)).at(-1)!);
    const request = { sessionId, locationId: calendar.locationId, calendarId: calendar.calendarId, start: at('07:00'), firstName: 'Mae', lastName: 'Mailed', email, code };
    const booked = await world.anonymous.post<{ booking: PublicBooking; manageToken: string }>('/api/public/clinics/riverside/bookings', request);
    expect(booked.status).toBe(201);

    // Let every notice the booking planned come due: the client's new-booking notice is this confirmation.
    await world.drainStreams();
    skew = 30 * 60_000;
    await world.notifications!.scheduler.tick();
    await world.drainStreams();
    const mails = (await mailsTo(email)).filter((mail) => mail.subject.startsWith('Your appointment'));
    expect(mails).toHaveLength(1);
    const link = `${world.baseUrl}/book/manage#${booked.body.manageToken}`;
    expect(mails[0]!.body.text).toContain(link);
    expect(mails[0]!.body.html).toContain(`href="${link}"`);
    expect(mails[0]!.body.html).toMatch(/>\s*See(, move or cancel)? your booking\s*<\/a>/);
    expect(mails[0]!.body.text).toMatch(/\n--\nRiverside Physio & Rehab\n/);
    expect(mails[0]!.attachments?.map((file) => file.filename)).toEqual(['appointment.ics']);
    expect(mails[0]!.body.text).toContain('7:00');
    expect(`${mails[0]!.subject}${mails[0]!.body.text}`).not.toContain(sessionName);
    // The confirmation is the client's new-booking notice in the appointment's notification log.
    const desk = await world.clinicA.api('front_desk');
    const [client] = (await desk.post<{ items: { clientId: string }[] }>('/api/clients/search', { email })).body.items;
    const [appointment] = (await desk.get<{ items: { appointmentId: string }[] }>(`/api/clients/${client!.clientId}/appointments`)).body.items;
    const log = await desk.get<{ items: { key: string; outcome: string }[] }>(`/api/appointments/${appointment!.appointmentId}/notifications`);
    expect(log.body.items.filter((entry) => entry.key === 'newBooking#client')).toEqual([expect.objectContaining({ outcome: 'sent' })]);

    const again = await world.anonymous.post<Problem>('/api/public/clinics/riverside/bookings', { ...request, start: at('07:30') });
    expect(again.status).toBe(400);
    expect(again.body.errors?.map((error) => error.path)).toEqual(['body.code']);
  });

  it('limits codes per address with 429 and Retry-After', async () => {
    const email = 'too.many.codes@example.test';
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let index = 0; index < 6; index++) {
      const response = await requestCode(email);
      statuses.push(response.status);
      retryAfter = response.headers.get('retry-after') ?? retryAfter;
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(await mailsTo(email)).toHaveLength(5);
  });

  it('sends the clinic’s chosen intake forms on a new online booking, once per case and template (K6)', async () => {
    const owner = await world.clinicA.api('owner');
    expect((await owner.request('PUT', '/api/form-settings', { onlineBookingTemplateKeys: ['intake', 'consent-treatment'] })).status).toBe(200);
    const nextDay = Temporal.PlainDate.from(day).add({ days: 1 }).toString();
    const desk = await world.clinicA.api('front_desk');
    expect((await desk.post('/api/shifts', { calendarId: calendar.calendarId, date: nextDay, start: '07:00', end: '10:00', breaks: [] })).status).toBe(201);
    const email = `intake.${Date.now()}@example.test`;
    const bookAt = async (time: string) => {
      expect((await requestCode(email)).status).toBe(202);
      const code = codeIn((await mailsTo(email)).filter((mail) => /booking code/.test(mail.subject)).at(-1)!);
      const start = Temporal.PlainDateTime.from(`${nextDay}T${time}`).toZonedDateTime(ZONE).toInstant().toString();
      return world.anonymous.post<{ booking: PublicBooking }>('/api/public/clinics/riverside/bookings', { sessionId, locationId: calendar.locationId, calendarId: calendar.calendarId, start, firstName: 'Ina', lastName: 'Intake', email, code });
    };
    expect((await bookAt('07:00')).status).toBe(201);
    // A second booking lands on the same open case: no second request, no second mail.
    expect((await bookAt('08:00')).status).toBe(201);
    const formMails = (await mailsTo(email)).filter((mail) => mail.body.text.includes('/book/forms/#'));
    expect(formMails.map((mail) => mail.subject).sort()).toEqual([expect.stringContaining('Consent to treatment'), expect.stringContaining('New client intake')]);
    const [client] = (await desk.post<{ items: { clientId: string }[] }>('/api/clients/search', { email })).body.items;
    const { cases } = (await desk.get<{ cases: { caseId: string }[] }>(`/api/clients/${client!.clientId}`)).body;
    expect(cases).toHaveLength(1);
    const forms = await desk.get<{ items: { templateKey: string; status: string }[] }>(`/api/cases/${cases[0]!.caseId}/form-requests`);
    expect(forms.body.items.map((form) => form.templateKey).sort()).toEqual(['consent-treatment', 'intake']);
    await owner.request('PUT', '/api/form-settings', { onlineBookingTemplateKeys: [] });
  });

  it('raises a front-desk task when the intake form’s mail fails on an online booking; a re-send then delivers it', async () => {
    const owner = await world.clinicA.api('owner');
    expect((await owner.request('PUT', '/api/form-settings', { onlineBookingTemplateKeys: ['intake'] })).status).toBe(200);
    const bookingDay = Temporal.PlainDate.from(day).add({ days: 2 }).toString();
    const desk = await world.clinicA.api('front_desk');
    expect((await desk.post('/api/shifts', { calendarId: calendar.calendarId, date: bookingDay, start: '07:00', end: '09:00', breaks: [] })).status).toBe(201);
    const email = `intake.fails.${Date.now()}@example.test`;
    expect((await requestCode(email)).status).toBe(202);
    const code = codeIn((await mailsTo(email)).filter((mail) => /booking code/.test(mail.subject)).at(-1)!);
    const start = Temporal.PlainDateTime.from(`${bookingDay}T07:00`).toZonedDateTime(ZONE).toInstant().toString();
    setPorts({ outgoingMail: mailFailingFormLinks() });
    try {
      const booked = await world.anonymous.post('/api/public/clinics/riverside/bookings', { sessionId, locationId: calendar.locationId, calendarId: calendar.calendarId, start, firstName: 'Fay', lastName: 'Failing', email, code });
      // The booking stands; only the form link did not go out.
      expect(booked.status).toBe(201);
    } finally {
      setPorts(undefined);
      await owner.request('PUT', '/api/form-settings', { onlineBookingTemplateKeys: [] });
    }
    expect((await mailsTo(email)).filter((mail) => mail.body.text.includes('/book/forms/#'))).toEqual([]);
    const [client] = (await desk.post<{ items: { clientId: string }[] }>('/api/clients/search', { email })).body.items;
    const [caseFile] = (await desk.get<{ cases: { caseId: string }[] }>(`/api/clients/${client!.clientId}`)).body.cases;
    const forms = await desk.get<{ items: { formId: string; templateKey: string; status: string }[] }>(`/api/cases/${caseFile!.caseId}/form-requests`);
    expect(forms.body.items).toEqual([expect.objectContaining({ templateKey: 'intake', status: 'sent' })]);

    const tasks = await desk.get<{ items: { source: string; caseId?: string; clientId?: string; priority: string; title: string; assignee: { kind: string; role?: string } }[] }>('/api/tasks?assignee=front_desk');
    const raised = tasks.body.items.filter((task) => task.source === 'form_link_failed' && task.caseId === caseFile!.caseId);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ clientId: client!.clientId, priority: 'high', assignee: { kind: 'role', role: 'front_desk' }, title: expect.stringContaining('New client intake') });

    expect((await desk.post<{ emailed: boolean }>(`/api/form-requests/${forms.body.items[0]!.formId}/resend`)).body.emailed).toBe(true);
    expect((await mailsTo(email)).filter((mail) => mail.body.text.includes('/book/forms/#'))).toHaveLength(1);
  });
});
