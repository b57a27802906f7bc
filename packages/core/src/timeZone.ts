import { Temporal } from 'temporal-polyfill';

/** True when `zone` is an IANA zone name the runtime knows (e.g. `America/Toronto`), not an offset. */
export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone) && zone !== 'UTC') return false;
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}
