/**
 * The console's typed API calls come from web/console/src/api/openapi.json (the web never imports
 * server code); this keeps that copy equal to the document the API serves. When it fails, run
 * `npm run api:types -w web/console` and commit the two files it writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@casefile/functions/openapi';
import { REPO_ROOT } from '../../infra/lib/paths';

describe('the console’s copy of the API contract', () => {
  it('is the document the API serves', () => {
    const copy: unknown = JSON.parse(readFileSync(join(REPO_ROOT, 'web/console/src/api/openapi.json'), 'utf8'));
    expect(copy, 'Run `npm run api:types -w web/console` to refresh the console’s contract.').toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });
});
