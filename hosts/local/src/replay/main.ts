/**
 * `npm run replay-failures`: while `npm start` runs (it needs DynamoDB Local), replays what the local
 * runtime gave up on: stream records in the on-failure store, and schedules in the scheduler's dead
 * letters (put back as due now, so the running scheduler loop fires them). Prints one line per kind.
 */
import { fileURLToPath } from 'node:url';
import { LocalScheduleStore } from '@casefile/adapters';
import { applyLocalEnvironment, localDataFiles, readLocalConfig } from '../localConfig';
import { fileFailureStore } from '../streams/streamFailureStore';
import { replayStreamFailures } from './replayStreamFailures';

async function main(): Promise<void> {
  const config = readLocalConfig(process.env, fileURLToPath(new URL('../../../../', import.meta.url)));
  applyLocalEnvironment(config, process.env);
  const files = localDataFiles(config);
  // Loaded only now: the handlers read the environment set above when they load.
  const { streamHandlers } = await import('@casefile/functions/handlers');

  const store = fileFailureStore(files.streamFailures);
  const outcome = await replayStreamFailures(await store.list(), streamHandlers);
  await store.remove(outcome.replayed);
  console.log(`Stream records: ${outcome.replayed.length} batch(es) replayed, ${outcome.stillFailing.length} still failing (kept for the next replay).`);
  for (const { batch, reason } of outcome.stillFailing) console.log(`  ${batch.consumer}: ${reason}`);

  const schedules = new LocalScheduleStore(files.schedules);
  const requeued = await schedules.replayDeadLetters(new Date().toISOString());
  console.log(`Schedules: ${requeued} dead letter(s) put back as due now; the running scheduler loop fires them.`);
}

main().catch((error: unknown) => {
  console.error(`replay-failures failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
