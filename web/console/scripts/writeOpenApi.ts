/**
 * Writes the API contract (the document `GET /api/openapi.json` serves) into web/console/src/api, for
 * openapi-typescript to turn into types. Runs in Node at development time only: the console itself
 * reads nothing but the JSON file, never server code.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '@casefile/functions/openapi';

const target = fileURLToPath(new URL('../src/api/openapi.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`Wrote ${target}`);
