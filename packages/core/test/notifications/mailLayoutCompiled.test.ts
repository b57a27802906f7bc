import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMailLayout, LAYOUT_OUTPUT } from '../../scripts/compileMailLayout';

describe('the shipped mail layout', () => {
  it('is what MJML makes of layout.mjml (run `npm run mail:layout` after editing it)', async () => {
    expect(readFileSync(LAYOUT_OUTPUT, 'utf8')).toBe(await compileMailLayout());
  });

  it('loads nothing from a third party and keeps its tables out of the accessibility tree', async () => {
    const { MAIL_LAYOUT_HTML } = await import('../../src/notifications/mail/mailLayout.generated');
    expect(MAIL_LAYOUT_HTML).not.toMatch(/fonts\.googleapis|<link |@import/);
    expect(MAIL_LAYOUT_HTML).toMatch(/^<!doctype html>\s*<html lang="en"/);
    const tables = MAIL_LAYOUT_HTML.match(/<table[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table).toContain('role="presentation"');
  });
});
