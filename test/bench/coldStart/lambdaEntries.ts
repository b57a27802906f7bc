/**
 * Every Lambda entry file, read from the route, consumer and task tables the way infra reads them.
 * Run directly (`node --import tsx lambdaEntries.ts`), it prints them as JSON: the cold-start bench
 * runs it inside a baseline checkout to learn that revision's entries.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { STREAM_CONSUMERS } from '../../../functions/src/consumers';
import { API_FUNCTIONS } from '../../../functions/src/routes';
import { apiEntry, REPO_ROOT, streamEntry, taskEntry } from '../../../infra/lib/paths';

export interface LambdaEntry {
  /** The function's name as the bench prints it: `api/billing`, `stream/audit`, ... */
  name: string;
  /** The entry file, relative to the repository root. */
  entry: string;
}

export function lambdaEntries(): LambdaEntry[] {
  const entries = [
    ...API_FUNCTIONS.map((fn) => ({ name: `api/${fn}`, file: apiEntry(fn) })),
    ...STREAM_CONSUMERS.map((def) => ({ name: `stream/${def.consumer}`, file: streamEntry(def.consumer) })),
    // The notification construct's two functions (infra/lib/constructs/notifications.ts).
    { name: 'scheduled/sendNotification', file: taskEntry('scheduled', 'sendNotification') },
    { name: 'events/mailFeedback', file: taskEntry('events', 'mailFeedback') },
  ];
  return entries.map(({ name, file }) => ({ name, entry: path.relative(REPO_ROOT, file) }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(lambdaEntries()));
}
