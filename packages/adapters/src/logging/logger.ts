import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Structured JSON logs. Casefile logs identifiers, outcomes and timings only: never request or
 * response bodies, query strings, names, emails or phone numbers.
 */
export function createLogger(serviceName: string): Logger {
  return new Logger({ serviceName, logLevel: (process.env.LOG_LEVEL as 'INFO' | undefined) ?? 'INFO' });
}

export type { Logger };
