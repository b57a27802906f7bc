import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFile, Client } from '@casefile/core';
import { captureOutput } from '../support/captureOutput';
import { startWorld, type World } from '../support/world';

const MARKER = 'zqxmarkerqzx';
const DIGITS = '7739018842';

describe('logs carry no personal data', () => {
  let world: World;
  beforeAll(async () => {
    // The handlers' logger is created lazily, so this reaches it: capture INFO request logs too.
    process.env.LOG_LEVEL = 'INFO';
    world = await startWorld();
  });
  afterAll(() => world?.stop());

  it('a marker in every personal field appears in no log line', async () => {
    const lines = await captureOutput(async () => {
      const desk = await world.clinicA.api('front_desk');
      const owner = await world.clinicA.api('owner');
      const client = await desk.post<Client>('/api/clients', {
        firstName: `Ann${MARKER}`,
        lastName: `Lee${MARKER}`,
        preferredName: `Annie${MARKER}`,
        dateOfBirth: '1990-01-01',
        gender: `g${MARKER}`,
        email: `${MARKER}@example.com`,
        phone: `+1 ${DIGITS}`,
        mobilePhone: `+1 ${DIGITS}1`,
        address: { line1: `1 ${MARKER} St`, city: `City${MARKER}`, postalCode: 'A1A 1A1', country: 'CA' },
        alerts: [{ text: `Alert ${MARKER}`, severity: 'warning' }],
      });
      expect(client.status).toBe(201);
      await desk.patch(`/api/clients/${client.body.clientId}`, { lastName: `Lee2${MARKER}` });
      await desk.post('/api/clients/search', { name: `lee2${MARKER}` });
      await desk.post('/api/clients/search', { email: `${MARKER}@example.com` });
      await desk.post('/api/clients/search', { phone: DIGITS });
      const caseFile = await desk.post<CaseFile>(`/api/clients/${client.body.clientId}/cases`, {
        caseType: 'motor_vehicle_accident',
        intakeDate: '2026-11-01',
        title: `Case ${MARKER}`,
        referralSource: { kind: 'lawyer', name: `Law ${MARKER}` },
        contacts: [{ role: 'lawyer', name: `Counsel ${MARKER}`, email: `law${MARKER}@example.com`, phone: `+1 ${DIGITS}` }],
      });
      await desk.patch(`/api/cases/${caseFile.body.caseId}`, { status: 'closed', closingReason: `Reason ${MARKER}` });
      await owner.post('/api/members', { firstName: `Mem${MARKER}`, lastName: `Ber${MARKER}`, email: `staff${MARKER}@example.com`, role: 'provider', phone: `+1 ${DIGITS}` });
      // Failing requests too: validation errors must not echo the values.
      await desk.post('/api/clients', { firstName: `Bad${MARKER}`, lastName: 42 });
      await desk.post('/api/clients', `{"firstName": "${MARKER}"`);
      await world.drainStreams();
    });

    expect(lines.some((line) => line.includes('"route"'))).toBe(true);
    const leaking = lines.filter((line) => line.toLowerCase().includes(MARKER) || line.includes(DIGITS));
    expect(leaking).toEqual([]);
  });
});
