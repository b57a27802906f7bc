/**
 * `/book/manage#{token}`: the booking behind an emailed link, with cancel and (when the API says
 * which session and location it is) reschedule, while the self-cancel window is open; once it has
 * closed, those actions are not offered and the page says whom to contact (the API still decides).
 */
import { useRef, useState } from 'preact/hooks';
import { ApiError, describeFailure } from '../api/apiError';
import { rescheduleContextOf, type PublicBooking } from '../api/contract';
import { cancelManagedBooking, getManagedBooking } from '../api/publicApi';
import { instantLabel } from '../format';
import { manageUrl } from '../route';
import { ReachClinic } from '../ui/ClinicContact';
import { ConfirmBox } from '../ui/ConfirmBox';
import { ErrorMessage, StatusMessage } from '../ui/Messages';
import { useLoad } from '../ui/useLoad';
import { BookingDetails } from './BookingDetails';
import { Reschedule } from './Reschedule';

const ACTIVE = new Set<PublicBooking['status']>(['booked', 'confirmed']);

export function ManagePage({ token: linkToken }: { token: string }) {
  const [token, setToken] = useState(linkToken);
  const [loaded, retry] = useLoad(() => getManagedBooking(token), [token]);
  const [changed, setChanged] = useState<PublicBooking>();
  const [mode, setMode] = useState<'view' | 'cancel' | 'reschedule'>('view');
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a change or a refusal the control that was used is gone: start again from the top.
  const focusTop = () => requestAnimationFrame(() => headingRef.current?.focus());

  if (loaded.state === 'loading' && !changed) return <p class="loading" role="status">Loading your booking…</p>;
  if (loaded.state === 'failed' && !changed) {
    const invalid = loaded.error instanceof ApiError && [400, 401, 403, 404, 410].includes(loaded.error.status);
    return (
      <>
        <h1>Your booking</h1>
        <ErrorMessage action={invalid ? undefined : { label: 'Try again', run: retry }}>
          {invalid ? 'This link has expired or is not valid. Please contact the clinic to change your booking.' : describeFailure(loaded.error)}
        </ErrorMessage>
      </>
    );
  }
  const booking = changed ?? (loaded.state === 'ready' ? loaded.value : undefined);
  if (!booking) return null;
  const active = ACTIVE.has(booking.status) && Date.parse(booking.start) > Date.now();
  // Moving follows the same window as cancelling; the API says so in canCancel.
  const context = rescheduleContextOf(booking);

  function begin(next: 'cancel' | 'reschedule') {
    setFailure('');
    setStatus('');
    setMode(next);
  }

  async function cancel() {
    setBusy(true);
    setFailure('');
    try {
      setChanged(await cancelManagedBooking(token));
      setStatus('Your booking is canceled.');
    } catch (error) {
      setFailure(error instanceof ApiError && error.status === 409 ? error.message : describeFailure(error));
    } finally {
      setBusy(false);
      setMode('view');
      focusTop();
    }
  }

  return (
    <>
      <header class="clinic">
        <p class="clinic-name">{booking.clinic.name}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          Your booking
        </h1>
      </header>
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      <BookingDetails booking={booking} />

      {active && mode === 'view' && booking.canCancel ? (
        <div class="actions">
          {context ? (
            <button type="button" class="secondary" onClick={() => begin('reschedule')}>
              Choose another time
            </button>
          ) : null}
          <button type="button" class="danger" onClick={() => begin('cancel')}>
            Cancel booking
          </button>
        </div>
      ) : null}
      {/* Actions the API would refuse are not offered: the client is told whom to call instead. */}
      {active && !booking.canCancel ? (
        <p class="notice" id="changes-closed">
          Online changes closed {instantLabel(booking.selfCancelUntil, booking.timeZone)} ({booking.selfCancelWindowHours} hours before the appointment). To move or cancel it,{' '}
          <ReachClinic contact={booking.contact} clinicName={booking.clinic.name} />.
        </p>
      ) : null}

      {active && booking.canCancel && mode === 'cancel' ? (
        <ConfirmBox
          id="cancel-question"
          question={`Cancel your ${booking.sessionName}?`}
          confirmLabel="Yes, cancel it"
          busyLabel="Canceling…"
          dismissLabel="Keep my booking"
          tone="danger"
          busy={busy}
          onConfirm={cancel}
          onDismiss={() => setMode('view')}
        />
      ) : null}

      {active && booking.canCancel && mode === 'reschedule' && context ? (
        <Reschedule
          token={token}
          booking={booking}
          context={context}
          onDone={(result) => {
            history.replaceState(null, '', manageUrl(result.manageToken));
            setToken(result.manageToken);
            setChanged(result.booking);
            setMode('view');
            setStatus('Your booking was moved. We emailed you the new details.');
            focusTop();
          }}
          onCancel={() => setMode('view')}
        />
      ) : null}

      <ClinicContact booking={booking} />
    </>
  );
}

function ClinicContact({ booking }: { booking: PublicBooking }) {
  if (!booking.contact) return null;
  return (
    <p class="contact">
      Questions? <ReachClinic contact={booking.contact} clinicName={booking.clinic.name} />.
    </p>
  );
}
