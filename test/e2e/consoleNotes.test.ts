/**
 * Chart notes in the console, in headless Chromium against the local runtime (K6): a provider opens
 * the case file's Notes tab, starts a SOAP follow-up, types (autosaved: "Saved"), meets a save made
 * elsewhere (the conflict shown, their own edits kept), signs, and prints the PDF. Each step is
 * checked through the API too. Screenshots at 390 and 1440 px go to test/e2e/artifacts/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startWorld, type World } from '../support/world';
import type { ApiClient } from '../support/apiClient';
import { screenshot } from './support/bookingFlow';
import { launchChromium } from './support/chromium';
import { ensureWebBuilt } from './support/webBuild';
import { signInConsole } from './support/consoleSession';

interface Note {
  noteId: string;
  status: string;
  version: number;
  content?: { values: Record<string, unknown>; contentHash?: string };
}

describe('chart notes in the console', () => {
  let world: World;
  let browser: Browser;
  let provider: ApiClient;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    const dist = ensureWebBuilt('console');
    world = await startWorld({ staticDirs: [{ mountPath: '/', directory: dist }] });
    browser = await launchChromium();
    provider = await world.clinicA.api('provider');
  });

  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  afterEach(() => {
    expect(pageErrors.splice(0).map((error) => error.message)).toEqual([]);
  });

  async function signedIn(width: number): Promise<Page> {
    const page = await signInConsole(browser, { baseUrl: world.baseUrl, email: world.clinicA.users.provider!.email, width, pageErrors });
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    return page;
  }

  const draftsOfCase = async (caseId: string) => (await provider.get<{ items: Note[] }>(`/api/cases/${caseId}/notes`)).body.items.filter((note) => note.status === 'draft');
  const noteOf = async (noteId: string) => (await provider.get<Note>(`/api/notes/${noteId}`)).body;

  it('writes, autosaves, shows a conflict, signs and prints a note', async () => {
    const { caseId } = world.clinicA.ids;
    const before = new Set((await draftsOfCase(caseId)).map((note) => note.noteId));
    const page = await signedIn(1440);
    await page.goto(`${world.baseUrl}/cases/${caseId}?tab=notes`);
    await page.getByRole('tab', { name: 'Notes' }).waitFor();

    await page.getByRole('combobox', { name: 'Template' }).click();
    // The templates offered are those of the case's discipline: whichever it is, a SOAP follow-up has these sections.
    await page.getByRole('option', { name: /SOAP follow-up/ }).first().click();
    await page.getByRole('button', { name: 'Start note' }).click();
    const editor = page.getByLabel('Note editor');
    await editor.waitFor();
    const saveState = editor.getByTestId('save-state');

    await editor.getByLabel('Subjective').fill('Sleeping through the night now.');
    await editor.getByLabel('Objective').fill('Cervical rotation 70 degrees both sides.');
    await expect.poll(() => saveState.textContent(), { timeout: 15_000 }).toBe('Saved');
    const [draft] = (await draftsOfCase(caseId)).filter((note) => !before.has(note.noteId));
    expect(draft).toBeDefined();
    expect((await noteOf(draft!.noteId)).content!.values).toMatchObject({ subjective: 'Sleeping through the night now.' });

    // Another window of the same author saves in between: the console shows the conflict instead of overwriting.
    const current = await noteOf(draft!.noteId);
    expect((await provider.patch(`/api/notes/${draft!.noteId}`, { version: current.version, values: { assessment: 'Improving (from the tablet).' } })).status).toBe(200);
    await editor.getByLabel('Plan').fill('Continue twice weekly for three weeks.');
    await page.getByRole('alert').filter({ hasText: 'This draft was changed somewhere else' }).waitFor();
    await screenshot(page, 'notes-conflict');
    await page.getByRole('button', { name: 'Keep my edits' }).click();
    await expect.poll(() => saveState.textContent(), { timeout: 15_000 }).toBe('Saved');
    expect((await noteOf(draft!.noteId)).content!.values).toMatchObject({ assessment: 'Improving (from the tablet).', plan: 'Continue twice weekly for three weeks.' });

    await page.getByRole('button', { name: 'Sign note' }).click();
    const signed = page.getByLabel('Signed note', { exact: true });
    await signed.waitFor();
    const stored = await noteOf(draft!.noteId);
    expect(stored.status).toBe('signed');
    expect(await signed.getByTestId('note-hash').textContent()).toBe(stored.content!.contentHash);
    await screenshot(page, 'notes-signed');

    const pdf = page.waitForResponse((response) => response.url().endsWith(`/api/notes/${draft!.noteId}/pdf`));
    await signed.getByRole('button', { name: 'Print PDF' }).click();
    const response = await pdf;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await page.close();
  }, 120_000);

  it('shows the notes tab and a note on a phone', async () => {
    const page = await signedIn(390);
    await page.goto(`${world.baseUrl}/notes/unsigned`);
    await page.getByRole('heading', { name: 'Unsigned notes' }).waitFor();
    await page.goto(`${world.baseUrl}/cases/${world.clinicA.ids.caseId}?tab=notes`);
    await page.getByRole('table', { name: 'Notes of the case' }).waitFor();
    await screenshot(page, 'notes-tab');
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await page.close();
  }, 60_000);
});
