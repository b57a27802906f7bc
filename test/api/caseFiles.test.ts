/**
 * Files on a case through presigned URLs against the local S3 twin (s3rver behind a SigV4 check):
 * upload, confirm, list, download, and what is refused on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CASE_DOCUMENT_BYTES } from '@casefile/core';
import { startWorld, type World } from '../support/world';

interface Ticket {
  document: { documentId: string; status: string; size: number };
  upload: { url: string; method: string; headers: Record<string, string>; expiresAt: string };
}
interface Download {
  url: string;
  expiresAt: string;
}

const letter = new TextEncoder().encode('%PDF-1.4\nReferral: please assess the left shoulder.\n%%EOF\n');

describe('files on a case', () => {
  let world: World;
  /** How far the S3 twin's clock runs ahead of the real one. */
  let s3ClockAhead = 0;
  beforeAll(async () => {
    world = await startWorld({ objectStorageNow: () => new Date(Date.now() + s3ClockAhead) });
    // Starting DynamoDB Local and the seed can take longer than the default hook timeout on a busy machine.
  }, 300_000);
  afterAll(() => world?.stop());

  const announce = async (body: Record<string, unknown>, role: 'owner' | 'front_desk' | 'billing' = 'owner') =>
    (await world.clinicA.api(role)).post<Ticket>(`/api/cases/${world.clinicA.ids.caseId}/files`, { fileName: 'referral.pdf', contentType: 'application/pdf', size: letter.byteLength, category: 'referral', ...body });

  it('uploads through a presigned PUT, confirms, lists and downloads through a presigned GET', async () => {
    const owner = await world.clinicA.api('owner');
    const ticket = await announce({});
    expect(ticket.status).toBe(201);
    expect(ticket.body.document.status).toBe('pending');
    expect(ticket.body.upload.url).toContain('X-Amz-Signature=');
    expect(Date.parse(ticket.body.upload.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    const put = await fetch(ticket.body.upload.url, { method: 'PUT', headers: ticket.body.upload.headers, body: letter });
    expect(put.status).toBe(200);
    const documentId = ticket.body.document.documentId;
    const confirmed = await owner.post<{ status: string }>(`/api/files/${documentId}/complete`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('uploaded');

    const listed = await owner.get<{ items: { documentId: string; status: string }[] }>(`/api/cases/${world.clinicA.ids.caseId}/files`);
    expect(listed.body.items.find((item) => item.documentId === documentId)?.status).toBe('uploaded');

    const download = await owner.get<Download>(`/api/files/${documentId}/download`);
    expect(download.status).toBe(200);
    expect(Date.parse(download.body.expiresAt) - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    const fetched = await fetch(download.body.url);
    expect(fetched.status).toBe(200);
    expect(new Uint8Array(await fetched.arrayBuffer())).toEqual(letter);
    expect(fetched.headers.get('content-disposition')).toContain('referral.pdf');
  });

  it('refuses a declared size over 25 MB and a type off the allow-list', async () => {
    const oversized = await announce({ size: MAX_CASE_DOCUMENT_BYTES + 1 });
    expect(oversized.status).toBe(400);
    expect(oversized.text).toContain('body.size');
    const script = await announce({ fileName: 'run.exe', contentType: 'application/x-msdownload' });
    expect(script.status).toBe(400);
    expect(script.text).toContain('body.contentType');
  });

  it('the presigned PUT refuses a body larger than announced or of another type, and complete refuses what is not there', async () => {
    const ticket = await announce({ size: 10 });
    const tooBig = await fetch(ticket.body.upload.url, { method: 'PUT', headers: ticket.body.upload.headers, body: letter });
    expect(tooBig.status).toBe(403);
    const otherType = await fetch(ticket.body.upload.url, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: letter.slice(0, 10) });
    expect(otherType.status).toBe(403);
    const owner = await world.clinicA.api('owner');
    const notThere = await owner.post<{ code: string }>(`/api/files/${ticket.body.document.documentId}/complete`);
    expect(notThere.status).toBe(422);
    const download = await owner.get(`/api/files/${ticket.body.document.documentId}/download`);
    expect(download.status).toBe(409);
  });

  it('a download URL expires within minutes', async () => {
    const owner = await world.clinicA.api('owner');
    const ticket = await announce({});
    await fetch(ticket.body.upload.url, { method: 'PUT', headers: ticket.body.upload.headers, body: letter });
    await owner.post(`/api/files/${ticket.body.document.documentId}/complete`);
    const download = await owner.get<Download>(`/api/files/${ticket.body.document.documentId}/download`);
    expect((await fetch(download.body.url)).status).toBe(200);
    s3ClockAhead = 5 * 60_000 + 1_000;
    try {
      const expired = await fetch(download.body.url);
      expect(expired.status).toBe(403);
      expect(await expired.text()).toContain('expired');
    } finally {
      s3ClockAhead = 0;
    }
  });

  it('front desk uploads referral letters but cannot open files; billing does neither; every open is audited', async () => {
    const frontDesk = await world.clinicA.api('front_desk');
    const ticket = await announce({}, 'front_desk');
    expect(ticket.status).toBe(201);
    await fetch(ticket.body.upload.url, { method: 'PUT', headers: ticket.body.upload.headers, body: letter });
    expect((await frontDesk.post(`/api/files/${ticket.body.document.documentId}/complete`)).status).toBe(200);
    expect((await frontDesk.get(`/api/cases/${world.clinicA.ids.caseId}/files`)).status).toBe(200);
    expect((await frontDesk.get(`/api/files/${ticket.body.document.documentId}/download`)).status).toBe(403);
    expect((await announce({}, 'billing')).status).toBe(403);

    const provider = await world.clinicA.api('provider');
    expect((await provider.get(`/api/files/${ticket.body.document.documentId}/download`)).status).toBe(200);
    const owner = await world.clinicA.api('owner');
    await world.drainStreams();
    const trail = await owner.get<{ items: { action: string; actor: string }[] }>(`/api/audit?entityType=caseDocument&entityId=${ticket.body.document.documentId}`);
    expect(trail.body.items.filter((event) => event.action === 'read').map((event) => event.actor)).toEqual([world.clinicA.users.provider!.memberId]);
  });
});
