/** What is about to be booked, shown above the details and code steps. */
import type { ClinicCalendar, ClinicLocation, ClinicSession, PublicBooking, Slot } from '../api/contract';
import { fullDateLabel, timeLabel, zoneCity } from '../format';
import { ReachClinic } from '../ui/ClinicContact';

interface Props {
  session: ClinicSession | undefined;
  calendar: ClinicCalendar | undefined;
  location: ClinicLocation | undefined;
  slot: Slot;
  date: string;
  onChange?: () => void;
  /** Set when this time is already inside the self-cancel window: it cannot be changed online once booked. */
  lockedWindow?: { hours: number; clinicName: string; contact: PublicBooking['contact'] } | undefined;
}

export function Summary({ session, calendar, location, slot, date, onChange, lockedWindow }: Props) {
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
      {lockedWindow ? (
        <p class="notice" id="locked-window">
          This time is less than {lockedWindow.hours} hours away, so once booked it cannot be moved or canceled online. To change it later,{' '}
          <ReachClinic contact={lockedWindow.contact} clinicName={lockedWindow.clinicName} />.
        </p>
      ) : null}
      {onChange ? (
        <button type="button" class="link-button" onClick={onChange}>
          Change time or service
        </button>
      ) : null}
    </div>
  );
}
