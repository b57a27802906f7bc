/**
 * Process-wide dependencies of the handlers, created once per Lambda container (or once in the local
 * runtime). Which world they talk to is decided by the environment alone.
 */
import {
  CognitoIdentityDirectory,
  createLogger,
  type IdentityDirectory,
  LocalIdentityDirectory,
  type Logger,
  newId,
  systemClock,
  type Clock,
} from '@casefile/adapters';
import { type CasefileService, createService, sharedDocumentClient, tableNameFromEnv } from '@casefile/db';
import { type NotificationPorts, notificationPortsFromEnv } from './notifications/notificationPorts';

export interface Runtime {
  service: CasefileService;
  identity: IdentityDirectory;
  clock: Clock;
  newId: () => string;
  logger: Logger;
  /** Scheduler and mailer (SPEC N1-N3). */
  notify: NotificationPorts;
}

let current: Runtime | undefined;

export function runtime(): Runtime {
  current ??= {
    service: createService(sharedDocumentClient(), tableNameFromEnv()),
    identity: identityDirectoryFromEnv(),
    clock: systemClock,
    newId,
    logger: createLogger(process.env.POWERTOOLS_SERVICE_NAME ?? 'casefile'),
    notify: notificationPortsFromEnv(),
  };
  return current;
}

/** Tests replace parts of the runtime (a fixed clock, a fresh table) and reset it afterwards. */
export function setRuntime(next: Runtime | undefined): void {
  current = next;
}

function identityDirectoryFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityDirectory {
  if (env.LOCAL_IDENTITY_FILE) return new LocalIdentityDirectory(env.LOCAL_IDENTITY_FILE);
  if (env.USER_POOL_ID) return new CognitoIdentityDirectory(env.USER_POOL_ID);
  const unconfigured = async (): Promise<never> => {
    throw new Error('No identity directory configured (USER_POOL_ID or LOCAL_IDENTITY_FILE).');
  };
  return { findByEmail: unconfigured, putUser: unconfigured, signOutEverywhere: unconfigured };
}
