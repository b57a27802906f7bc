/**
 * Chart notes in the console, in headless Chromium against the local runtime (K6): a provider opens
 * the case file's Notes tab, starts a SOAP follow-up, types (autosaved: "Saved"), meets a save made
 * elsewhere (the conflict shown, their own edits kept), signs, and prints the PDF. A manager designs,
 * revises and retires a scored form template. Each step is checked through the API too. Screenshots at 390 and 1440 px go to test/e2e/artifacts/.
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

  async function signedIn(width: number, role: 'provider' | 'manager' = 'provider'): Promise<Page> {
    const page = await signInConsole(browser, { baseUrl: world.baseUrl, email: world.clinicA.users[role]!.email, width, pageErrors });
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

  it('shows a file upload’s progress from start to end, then lists the file', async () => {
    const { caseId } = world.clinicA.ids;
    const page = await signedIn(1440);
    await page.goto(`${world.baseUrl}/cases/${caseId}?tab=files`);
    const chooser = page.getByLabel('Choose files to upload');
    await chooser.waitFor();
    // Every value the upload's progress bar shows, as the page renders it.
    await page.evaluate(`(() => {
      window.progressSeen = [];
      const record = () => document.querySelectorAll('[role=progressbar][aria-label^="Uploading"]').forEach((bar) => {
        const value = Number(bar.getAttribute('aria-valuenow'));
        if (window.progressSeen.at(-1) !== value) window.progressSeen.push(value);
      });
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
    })()`);
    const name = `imaging-${Date.now()}.pdf`;
    // 3 MB: enough bytes for the browser to report progress on the way.
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024, 32), Buffer.from('\n%%EOF\n')]);
    await chooser.setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
    await page.getByRole('table', { name: 'Files of the case' }).getByText(name).waitFor({ timeout: 30_000 });
    const seen = await page.evaluate<number[]>('window.progressSeen');
    expect(seen[0]).toBeLessThan(100);
    expect(seen.at(-1)).toBe(100);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const listed = await provider.get<{ items: { fileName: string; status: string; size: number }[] }>(`/api/cases/${caseId}/files`);
    expect(listed.body.items.find((file) => file.fileName === name)).toMatchObject({ status: 'uploaded', size: bytes.byteLength });
    await page.close();
  }, 90_000);

  it('fits the case tabs at 820 px: none clipped, nothing overflowing', async () => {
    const page = await signedIn(820);
    await page.goto(`${world.baseUrl}/cases/${world.clinicA.ids.caseId}?tab=files`);
    const tabs = page.getByRole('tab');
    await page.getByRole('tab', { name: 'Communications' }).waitFor();
    for (const label of ['Notes', 'Forms', 'Files', 'Communications']) {
      const tab = page.getByRole('tab', { name: label });
      const box = (await tab.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(820);
      // The label is shown whole: the tab is at least as wide as its text.
      expect(await tab.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    }
    expect(await tabs.count()).toBeGreaterThanOrEqual(4);
    const list = page.getByRole('tablist');
    expect(await list.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(820);
    await screenshot(page, 'case-tabs-820');
    await page.close();
  }, 60_000);

  it('designs a scored form template, saves a revision and retires it', async () => {
    const manager = await world.clinicA.api('manager');
    const name = `Back check ${Date.now()}`;
    const page = await signedIn(1440, 'manager');
    await page.goto(`${world.baseUrl}/settings/form-templates`);
    await page.getByRole('button', { name: 'New form template' }).click();
    const editor = page.getByRole('form', { name: 'New form template' });
    await editor.getByRole('textbox', { name: /^Name/ }).fill(name);
    await editor.getByRole('combobox', { name: 'Kind' }).first().selectOption('outcome_measure');
    await editor.getByLabel('Scoring rule').selectOption('sum');
    await editor.getByLabel('Score label').fill('Back total');
    const question = editor.getByRole('group', { name: 'Question 1' });
    await question.getByRole('textbox', { name: /^Question/ }).fill('Back pain today');
    await question.getByRole('textbox', { name: /^Key/ }).fill('backPain');
    await question.getByRole('combobox', { name: 'Kind' }).selectOption('scale');
    await question.getByLabel('Minimum', { exact: true }).fill('0');
    await question.getByLabel('Maximum', { exact: true }).fill('10');
    await question.getByLabel('Required', { exact: true }).check();
    await question.getByLabel('Counts towards the score').check();
    await editor.getByRole('button', { name: 'Create template' }).click();

    const table = page.getByRole('table', { name: 'Form templates' });
    const row = table.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('1');
    type Listed = { templateKey: string; name: string; version: number; active: boolean; scoring?: { rule: string; label: string }; fields: { key: string; type: string; scored?: boolean; required: boolean; min?: number; max?: number }[] };
    const stored = async () => (await manager.get<{ items: Listed[] }>('/api/form-templates?includeRetired=true')).body.items.find((template) => template.name.startsWith(name));
    expect(await stored()).toMatchObject({ version: 1, active: true, scoring: { rule: 'sum', label: 'Back total' }, fields: [{ key: 'backPain', type: 'scale', scored: true, required: true, min: 0, max: 10 }] });

    await page.getByRole('button', { name: `Edit form template ${name}` }).click();
    const revision = page.getByRole('form', { name: `Edit ${name}` });
    await revision.getByRole('heading', { name: `${name} (revision 1)` }).waitFor();
    // A scored measure keeps its rule: the editor does not offer to change it.
    expect(await revision.getByLabel('Scoring rule').isDisabled()).toBe(true);
    await revision.getByRole('textbox', { name: /^Name/ }).fill(`${name} v2`);
    await revision.getByRole('button', { name: 'Save revision' }).click();
    const revised = table.getByRole('row').filter({ hasText: `${name} v2` });
    await revised.waitFor();
    expect(await revised.getByRole('cell').nth(2).textContent()).toBe('2');
    await screenshot(page, 'form-template-revised');

    await page.getByRole('button', { name: `Retire form template ${name} v2` }).click();
    await revised.getByText('retired').waitFor();
    expect(await stored()).toMatchObject({ name: `${name} v2`, version: 2, active: false });
    await page.close();
  }, 90_000);
});
