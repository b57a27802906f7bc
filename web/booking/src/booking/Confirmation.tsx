/** The booking is made: what, when, and the link to manage it. */
import type { PublicBookingResult } from '../api/contract';
import { localStartLabel, zoneCity } from '../format';
import { manageUrl } from '../route';
import { ReachClinic } from '../ui/ClinicContact';
import { StepHeading } from '../ui/StepHeading';

export function Confirmation({ result, email, onAnother }: { result: PublicBookingResult; email: string; onAnother: () => void }) {
  const { booking } = result;
  return (
    <section class="confirmation" aria-labelledby="confirmed-heading">
      <StepHeading id="confirmed-heading">You’re booked</StepHeading>
      <div class="summary">
        <dl>
          <dt>Service</dt>
          <dd>{booking.sessionName}</dd>
          <dt>When</dt>
          <dd>
            {localStartLabel(booking.localStart)} <span class="muted">({zoneCity(booking.timeZone)})</span>
          </dd>
          <dt>With</dt>
          <dd>{booking.calendarName}</dd>
          <dt>Where</dt>
          <dd>{booking.locationName}</dd>
        </dl>
      </div>
      {booking.canCancel ? (
        <p>
          A confirmation is on its way to <strong>{email}</strong>, with a link to change or cancel.
        </p>
      ) : (
        <p class="notice">
          A confirmation is on its way to <strong>{email}</strong>. This booking is less than {booking.selfCancelWindowHours} hours away, so it cannot be moved or canceled
          online. To change it, <ReachClinic contact={booking.contact} clinicName={booking.clinic.name} />.
        </p>
      )}
      <p>
        <a class="button primary" href={manageUrl(result.manageToken)}>
          {booking.canCancel ? 'Manage this booking' : 'View this booking'}
        </a>
      </p>
      <button type="button" class="link-button" onClick={onAnother}>
        Book another appointment
      </button>
    </section>
  );
}
