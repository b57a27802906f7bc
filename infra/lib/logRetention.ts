/** How long CloudFront's and the API's access logs are kept: the clinic sets it (`accessLogDays`), 90 days unless told. */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export const DEFAULT_ACCESS_LOG_DAYS = 90;

/** CloudWatch Logs takes only its own list of periods: a number between two rounds up to the next. */
export function logRetention(days: string | number | undefined): RetentionDays {
  const wanted = days === undefined ? DEFAULT_ACCESS_LOG_DAYS : Number(days);
  if (!Number.isInteger(wanted) || wanted < 1) throw new Error(`accessLogDays must be a whole number of days, at least 1; got ${String(days)}`);
  const periods = Object.values(RetentionDays)
    .filter((value): value is RetentionDays => typeof value === 'number' && value !== RetentionDays.INFINITE)
    .sort((a, b) => a - b);
  const period = periods.find((value) => value >= wanted);
  if (period === undefined) throw new Error(`accessLogDays can be at most ${periods.at(-1)}; got ${wanted}`);
  return period;
}
