// Wall-clock -> instant conversions through Temporal, memoised per zone and local date for the
// process (zoneDays), so that placing a shift costs a map lookup rather than a Temporal call.
import { Temporal } from 'temporal-polyfill';
import { AvailabilityInputError } from './errors';
import { daysInMonth } from './instants';
import { checkKnownZone, localToEpochMs } from './zoneDays';

/** Whether the characters from..to-1 are all digits. */
function allDigits(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** HH:MM from 00:00 to 23:59, or 24:00. */
export function isLocalTime(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 58 || !allDigits(value, 0, 2) || !allDigits(value, 3, 5)) return false;
  if (value === '24:00') return true;
  return value < '24' && value.charCodeAt(3) <= 53; // hours 00-23, minutes' tens 0-5
}

/** A real local date as YYYY-MM-DD (not 2026-02-30). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  if (!allDigits(value, 0, 4) || !allDigits(value, 5, 7) || !allDigits(value, 8, 10)) return false;
  const month = (value.charCodeAt(5) - 48) * 10 + value.charCodeAt(6) - 48;
  const day = (value.charCodeAt(8) - 48) * 10 + value.charCodeAt(9) - 48;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= 28 || day <= daysInMonth(Number(value.slice(0, 4)), month);
}

export class WallClock {
  private readonly dayShifts = new Map<string, number>();

  /** Throws unless `zone` is a time zone Temporal knows. */
  checkZone(zone: string, path: string): void {
    try {
      checkKnownZone(zone);
    } catch (error) {
      throw new AvailabilityInputError(path, `unknown time zone ${JSON.stringify(zone)}.`, { cause: error });
    }
  }

  /**
   * The instant of local `date` at `time` ('24:00' is the next local midnight) in `zone`. A time the
   * clocks skip maps forward and a repeated time to its first occurrence ('compatible'), so a 09:00
   * rule is 09:00 local on both sides of every change.
   */
  toEpochMs(zone: string, date: string, time: string, path: string): number {
    try {
      return localToEpochMs(zone, date, time);
    } catch (error) {
      throw cannotPlace(zone, date, time, path, error);
    }
  }

  /** `days` local days after `ms` in `zone`: the same wall-clock time, however long those days were. */
  addLocalDays(zone: string, ms: number, days: number): number {
    const key = `${zone}\u0000${ms}\u0000${days}`;
    let result = this.dayShifts.get(key);
    if (result === undefined) {
      result = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).add({ days }).epochMilliseconds;
      this.dayShifts.set(key, result);
    }
    return result;
  }
}

export function cannotPlace(zone: string, date: string, time: string, path: string, cause: unknown): AvailabilityInputError {
  return new AvailabilityInputError(path, `cannot place ${date} ${time} in ${zone}.`, { cause });
}

/** Local date and time of an instant, for messages: `2026-03-09 09:00`. */
export function formatLocal(zone: string, ms: number): string {
  const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDateTime();
  return `${local.toPlainDate().toString()} ${local.toPlainTime().toString({ smallestUnit: 'minute' })}`;
}
