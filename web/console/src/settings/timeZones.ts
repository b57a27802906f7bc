/** The time-zone picker's choices: the browser's IANA zones, the current value kept even if unknown. */
const COMMON = ['America/St_Johns', 'America/Halifax', 'America/Toronto', 'America/Winnipeg', 'America/Regina', 'America/Edmonton', 'America/Vancouver'];

export function timeZoneOptions(current: string | undefined, supported: readonly string[] = supportedZones()): { value: string; label: string }[] {
  const zones = new Set(supported.length ? supported : COMMON);
  if (current) zones.add(current);
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

function supportedZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?(key: 'timeZone'): string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}
