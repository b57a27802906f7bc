/**
 * Entry point of `npm run rebuild-rollups -- --clinic <clinicId> [--table <name>]`: recomputes one
 * clinic's report rollups from its documents (see usecases/reports/rebuildRollups.ts). Safe to repeat.
 */
import { parseArgs } from 'node:util';
import { createClinicRepositories, createDocumentClient, createService, tableNameFromEnv } from '@casefile/db';
import { rebuildRollups } from '../usecases/reports/rebuildRollups';

const { values } = parseArgs({ options: { clinic: { type: 'string' }, table: { type: 'string' }, endpoint: { type: 'string' } } });
if (!values.clinic) {
  console.error('rebuild-rollups: --clinic <clinicId> is required (optional: --table <name>, --endpoint <DynamoDB URL>).');
  process.exitCode = 1;
} else {
  const service = createService(createDocumentClient(values.endpoint), values.table ?? tableNameFromEnv());
  const repos = createClinicRepositories({ service, clinicId: values.clinic, actor: 'system:rebuild-rollups', now: () => new Date(), newId: () => '' });
  const outcome = await rebuildRollups(repos, new Date(), (line) => console.log(line));
  console.log(`unchanged ${outcome.unchanged}, replaced ${outcome.replaced}, conflicts ${outcome.conflicts}; report facts recorded for ${outcome.recordedFacts} charges`);
  if (outcome.conflicts > 0) console.log('Some buckets changed while rebuilding: run the command again to settle them.');
  process.exitCode = outcome.conflicts > 0 ? 3 : 0;
}
