/**
 * Process-wide dependencies every handler uses, created once per Lambda container (or once in the local
 * runtime). Which world they talk to is decided by the environment alone. Ports only some code paths
 * need (mail, schedules, the identity directory) live in `./ports`, each created on first use.
 */
import { type Clock, newId, systemClock } from '@casefile/adapters/clock/clock';
import { createLogger, type Logger } from '@casefile/adapters/logging/logger';
import { type CasefileService, createService, sharedDocumentClient, tableNameFromEnv } from '@casefile/db';

export interface Runtime {
  service: CasefileService;
  clock: Clock;
  newId: () => string;
  logger: Logger;
}

let current: Runtime | undefined;

export function runtime(): Runtime {
  current ??= {
    service: createService(sharedDocumentClient(), tableNameFromEnv()),
    clock: systemClock,
    newId,
    logger: createLogger(process.env.POWERTOOLS_SERVICE_NAME ?? 'casefile'),
  };
  return current;
}

/** Tests replace parts of the runtime (a fixed clock, a fresh table) and reset it afterwards. */
export function setRuntime(next: Runtime | undefined): void {
  current = next;
}
