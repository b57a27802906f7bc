// Wall-clock -> instant conversions through Temporal, cached per (zone, date, time) for one call:
// many calendars share a zone and the same shift times, and each conversion costs ~20 µs.
import { Temporal } from 'temporal-polyfill';
import { AvailabilityInputError } from './errors';
import { daysInMonth } from './instants';

const LOCAL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const LOCAL_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function isLocalTime(value: unknown): value is string {
  return typeof value === 'string' && LOCAL_TIME.test(value);
}

/** A real local date as YYYY-MM-DD (not 2026-02-30). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value)) return false;
  const day = Number(value.slice(8, 10));
  return day <= 28 || day <= daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
}

export class WallClock {
  /** zone -> 'date time' -> epoch ms. */
  private readonly instants = new Map<string, Map<string, number>>();
  private readonly zones = new Set<string>();
  private readonly dayShifts = new Map<string, number>();

  /** Throws unless `zone` is a time zone Temporal knows. */
  checkZone(zone: string, path: string): void {
    if (this.zones.has(zone)) return;
    try {
      Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    } catch (error) {
      throw new AvailabilityInputError(path, `unknown time zone ${JSON.stringify(zone)}.`, { cause: error });
    }
    this.zones.add(zone);
  }

  /**
   * The instant of local `date` at `time` ('24:00' is the next local midnight) in `zone`. A time the
   * clocks skip maps forward and a repeated time to its first occurrence ('compatible'), so a 09:00
   * rule is 09:00 local on both sides of every change.
   */
  toEpochMs(zone: string, date: string, time: string, path: string): number {
    let byTime = this.instants.get(zone);
    if (!byTime) this.instants.set(zone, (byTime = new Map()));
    const key = `${date} ${time}`;
    const cached = byTime.get(key);
    if (cached !== undefined) return cached;
    let ms: number;
    try {
      const day = Temporal.PlainDate.from(date);
      const dateTime = time === '24:00' ? day.add({ days: 1 }).toPlainDateTime() : day.toPlainDateTime(Temporal.PlainTime.from(time));
      ms = dateTime.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
    } catch (error) {
      throw new AvailabilityInputError(path, `cannot place ${date} ${time} in ${zone}.`, { cause: error });
    }
    byTime.set(key, ms);
    return ms;
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

/** Local date and time of an instant, for messages: `2026-03-09 09:00`. */
export function formatLocal(zone: string, ms: number): string {
  const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDateTime();
  return `${local.toPlainDate().toString()} ${local.toPlainTime().toString({ smallestUnit: 'minute' })}`;
}
