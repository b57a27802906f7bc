/** A booking as its client sees it. */
import type { PublicBooking } from '../api/contract';
import { localStartLabel, zoneCity } from '../format';

const STATUS_LABEL: Record<PublicBooking['status'], string> = {
  booked: 'Booked',
  confirmed: 'Confirmed',
  arrived: 'Checked in',
  paid: 'Completed',
  no_show: 'Missed',
  canceled: 'Canceled',
  rebooked: 'Moved to another time',
};

export function BookingDetails({ booking }: { booking: PublicBooking }) {
  return (
    <div class="summary">
      <dl>
        <dt>Status</dt>
        <dd class={`status status-${booking.status}`}>{STATUS_LABEL[booking.status]}</dd>
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
  );
}
