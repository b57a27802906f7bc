/** The scheduled functions as the scheduler loop's targets: each firing is one in-process invocation, as EventBridge Scheduler invokes the Lambda. */
import type { ScheduledHandler } from '@casefile/functions/handlers';
import { createLambdaContext } from './lambdaContext';
import type { ScheduleTarget } from './schedulerLoop';

export function scheduleTargets(handlers: Readonly<Record<string, ScheduledHandler>>, timeoutMs = 60_000): Record<string, ScheduleTarget> {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      async (payload: unknown) => {
        await handler(payload, createLambdaContext(name, timeoutMs));
      },
    ]),
  );
}
