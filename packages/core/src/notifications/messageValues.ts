/** The values a template is filled with: logistics of the appointment, in the location's zone and the clinic's words. */
import { Temporal } from 'temporal-polyfill';
import type { TemplateValues } from './templateVariables';

export interface MessageFacts {
  clientName: string;
  clinicName: string;
  clinicPhone?: string | undefined;
  start: string;
  previousStart?: string | undefined;
  timeZone: string;
  locationName?: string | undefined;
  locationAddress?: string | undefined;
  providerName?: string | undefined;
  /** BCP 47 locale for dates and times. */
  locale?: string;
}

export function messageValues(facts: MessageFacts): TemplateValues {
  const locale = facts.locale ?? 'en-CA';
  const zoned = (at: string) => Temporal.Instant.from(at).toZonedDateTimeISO(facts.timeZone);
  const date = (at: string) => zoned(at).toLocaleString(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
  const time = (at: string) => zoned(at).toLocaleString(locale, { hour: 'numeric', minute: '2-digit' });
  return {
    clientName: facts.clientName,
    clinicName: facts.clinicName,
    clinicPhone: facts.clinicPhone ?? '',
    date: date(facts.start),
    time: time(facts.start),
    timeZone: friendlyZoneName(facts.timeZone, facts.start, locale),
    locationName: facts.locationName ?? '',
    locationAddress: facts.locationAddress ?? '',
    providerName: facts.providerName ?? '',
    previousDate: facts.previousStart ? date(facts.previousStart) : '',
    previousTime: facts.previousStart ? time(facts.previousStart) : '',
  };
}

/** "Eastern Time" rather than "America/Toronto": the zone's long generic name (the id only if Intl has none). */
export function friendlyZoneName(timeZone: string, at: string, locale = 'en-CA'): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date(at));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
