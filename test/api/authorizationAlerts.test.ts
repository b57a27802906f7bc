/**
 * The low-authorization alert mailed to staff (K5), end to end on the local runtime: arrivals through
 * the charge consumer stamp the authorization, the notifications consumer mails the staff who handle
 * payers through the local SES endpoint, once per alert whatever is redelivered, never with clinical
 * details, and not at all when the clinic turns the alert off.
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import { outgoingMailFromEnv } from '../../functions/src/ports/outgoingMail';
import { schedulingFromEnv } from '../../functions/src/ports/scheduling';
import { setPorts } from '../../functions/src/ports/setPorts';
import { handler as notificationsConsumer } from '../../functions/src/streams/notifications';
import { createLambdaContext } from '../../hosts/local/src/lambdaContext';
import type { ApiClient } from '../support/apiClient';
import { freshCase, nextStart, ok, pricedSession } from '../support/billingWorld';
import { startWorld, type World } from '../support/world';
import { dynamoEndpoint } from '../setup/fileDynamo';

type Mail = { destination: { to: string[] }; subject: string; body: { html: string; text: string } };
interface Member { memberId: string; email: string; role: string; active: boolean }

describe('low-authorization alert to staff (K5)', () => {
  let world: World;
  let owner: ApiClient;
  let desk: ApiClient;
  let staff: string[];
  let clinical: string[];

  beforeAll(async () => {
    world = await startWorld({ notifications: { now: () => Date.now() } });
    setPorts({ outgoingMail: outgoingMailFromEnv(), scheduling: schedulingFromEnv() });
    owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    await pricedSession(world, owner, { remainingVisitsAlertThreshold: 1 });
    const members = (await ok(owner.get<{ items: Member[] }>('/api/members?limit=100'))).items;
    staff = members.filter((member) => member.active && ['owner', 'manager', 'billing'].includes(member.role)).map((member) => member.email).sort();
    const session = await ok(owner.get<{ name: string }>(`/api/sessions/${world.clinicA.ids.sessionId}`));
    const disciplines = await ok(owner.get<{ items: { name: string }[] }>('/api/disciplines'));
    clinical = [session.name, ...disciplines.items.map((discipline) => discipline.name)];
  });
  afterAll(async () => {
    setPorts(undefined);
    await world?.stop();
  });

  const mails = async (): Promise<Mail[]> => ((await (await fetch(`${world.notifications!.ses.url}/store`)).json()) as { emails: Mail[] }).emails;
  const alertsAbout = async (clientName: string) => (await mails()).filter((mail) => mail.subject.includes(clientName));
  const setStatus = (appointmentId: string, status: string) => ok(desk.post(`/api/appointments/${appointmentId}/status`, { status }));
  async function arrive(caseId: string): Promise<string> {
    const { sessionId, calendarId } = world.clinicA.ids;
    const booked = await ok(desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId, sessionId, calendarId, start: nextStart() }));
    await setStatus(booked.appointment.appointmentId, 'arrived');
    await world.drainStreams();
    return booked.appointment.appointmentId;
  }
  async function insuredCase(approvedVisits: number) {
    const made = await freshCase(owner, { kind: 'insurer', name: 'Northern Mutual', policyNumber: 'P-77', coverage: { kind: 'remainder' } });
    const authorization = await ok(owner.post<{ authorizationId: string }>(`/api/cases/${made.caseId}/authorizations`, { payerId: made.payerId, approvedVisits, validFrom: '2020-01-01', validTo: '2040-12-31' }));
    const client = await ok(owner.get<{ client: { firstName: string; lastName: string }; cases: { caseId: string; caseLabel: string }[] }>(`/api/clients/${made.clientId}`));
    const clientName = `${client.client.firstName} ${client.client.lastName}`;
    return { ...made, authorizationId: authorization.authorizationId, clientName, caseLabel: client.cases.find((file) => file.caseId === made.caseId)!.caseLabel };
  }

  it('mails the billing staff once when an arrival reaches the threshold, with no clinical details', async () => {
    expect(staff.length).toBeGreaterThan(0);
    const made = await insuredCase(3);
    await arrive(made.caseId);
    expect(await alertsAbout(made.clientName)).toEqual([]);
    const second = await arrive(made.caseId);
    const billing = await ok(desk.get<{ authorizations: { remainingVisits: number; thresholdAlertAt?: string }[] }>(`/api/cases/${made.caseId}/billing`));
    expect(billing.authorizations[0]).toMatchObject({ remainingVisits: 1 });
    expect(billing.authorizations[0]!.thresholdAlertAt).toBeTruthy();

    const sent = await alertsAbout(made.clientName);
    expect(sent.flatMap((mail) => mail.destination.to).sort()).toEqual(staff);
    for (const mail of sent) {
      expect(mail.subject).toContain(made.caseLabel);
      expect(mail.body.text).toContain('Northern Mutual');
      expect(mail.body.text).toContain('1 authorized visit left');
      expect(mail.body.text).toContain('2040-12-31');
      for (const word of clinical) {
        expect(mail.body.text).not.toContain(word);
        expect(mail.body.html).not.toContain(word);
      }
    }

    // The stream record of the stamp delivered again, three times at once: nothing more is sent.
    const repos = createClinicRepositories({ service: createService(createDocumentClient(await dynamoEndpoint()), world.tableName), clinicId: world.clinicA.clinicId, actor: 'test', now: () => new Date(), newId: () => '' });
    const after = await repos.billing.caseBilling(made.caseId);
    const before = { ...after, authorizations: after.authorizations.map(({ thresholdAlertAt: _stamp, ...rest }) => rest) };
    const image = (item: object) => marshall({ ...item, __edb_e__: 'caseBilling', __edb_v__: '1' }, { removeUndefinedValues: true });
    const record = { eventID: 'redelivered', eventName: 'MODIFY' as const, dynamodb: { SequenceNumber: '1', OldImage: image(before), NewImage: image(after) } };
    const results = await Promise.all([0, 1, 2].map(() => notificationsConsumer({ Records: [record] } as never, createLambdaContext('notifications', 30_000))));
    for (const result of results) expect(result.batchItemFailures).toEqual([]);
    expect(await alertsAbout(made.clientName)).toHaveLength(staff.length);

    // Rolled back and arrived again (the stamp moves): the same alert, not sent again.
    await setStatus(second, 'booked');
    await world.drainStreams();
    await setStatus(second, 'arrived');
    await world.drainStreams();
    expect(await alertsAbout(made.clientName)).toHaveLength(staff.length);

    // The payer extends the authorization and it runs down again: a new alert.
    await ok(owner.patch(`/api/cases/${made.caseId}/authorizations/${made.authorizationId}`, { approvedVisits: 4 }));
    await arrive(made.caseId);
    expect(await alertsAbout(made.clientName)).toHaveLength(2 * staff.length);
    // And billing got one task per alert (K7), whatever was redelivered or rolled back.
    const tasks = await ok(owner.get<{ items: { caseId?: string; source: string; assignee: { role?: string } }[] }>('/api/tasks?assignee=billing&status=all'));
    expect(tasks.items.filter((task) => task.caseId === made.caseId && task.source === 'authorization_low').map((task) => task.assignee.role)).toEqual(['billing', 'billing']);
  });

  it('sends nothing when the clinic turns authorization alerts off', async () => {
    const settings = await ok(owner.get<{ settings: Record<string, unknown> }>('/api/notification-settings'));
    expect(settings.settings.authorizationAlerts).toBe(true);
    await ok(owner.request('PUT', '/api/notification-settings', { ...settings.settings, authorizationAlerts: false }));
    try {
      const made = await insuredCase(2);
      await arrive(made.caseId);
      const billing = await ok(desk.get<{ authorizations: { thresholdAlertAt?: string }[] }>(`/api/cases/${made.caseId}/billing`));
      expect(billing.authorizations[0]!.thresholdAlertAt).toBeTruthy();
      expect(await alertsAbout(made.clientName)).toEqual([]);
    } finally {
      await ok(owner.request('PUT', '/api/notification-settings', { ...settings.settings, authorizationAlerts: true }));
    }
  });
});
