/** What is about to be booked, shown above the details and code steps. */
import type { ClinicCalendar, ClinicLocation, ClinicSession, Slot } from '../api/contract';
import { fullDateLabel, timeLabel, zoneCity } from '../format';

interface Props {
  session: ClinicSession | undefined;
  calendar: ClinicCalendar | undefined;
  location: ClinicLocation | undefined;
  slot: Slot;
  date: string;
  onChange?: () => void;
}

export function Summary({ session, calendar, location, slot, date, onChange }: Props) {
  return (
    <div class="summary">
      <dl>
        <dt>Service</dt>
        <dd>{session ? `${session.name}, ${session.durationMinutes} min` : ''}</dd>
        <dt>When</dt>
        <dd>
          {fullDateLabel(date)} at {timeLabel(slot.localTime)}
          {location ? <span class="muted"> ({zoneCity(location.timeZone)})</span> : null}
        </dd>
        <dt>With</dt>
        <dd>{calendar ? calendar.name : 'The first available provider'}</dd>
        <dt>Where</dt>
        <dd>{location?.name}</dd>
      </dl>
      {onChange ? (
        <button type="button" class="link-button" onClick={onChange}>
          Change time or service
        </button>
      ) : null}
    </div>
  );
}
