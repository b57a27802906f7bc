/** Moving a booking from its manage link: pick a new time for the same session, then confirm. */
import { useState } from 'preact/hooks';
import { ApiError, describeFailure } from '../api/apiError';
import type { PublicBooking, PublicBookingResult, RescheduleContext, Slot } from '../api/contract';
import { rescheduleManagedBooking } from '../api/publicApi';
import { TimePicker, type TimeView } from '../booking/TimePicker';
import { fullDateLabel, timeLabel, todayIn } from '../format';
import { ConfirmBox } from '../ui/ConfirmBox';
import { ErrorMessage } from '../ui/Messages';

interface Props {
  token: string;
  booking: PublicBooking;
  context: RescheduleContext;
  onDone: (result: PublicBookingResult) => void;
  onCancel: () => void;
}

export function Reschedule({ token, booking, context, onDone, onCancel }: Props) {
  const [view, setView] = useState<TimeView>({ weekStart: todayIn(booking.timeZone) });
  const [picked, setPicked] = useState<{ slot: Slot; date: string }>();
  const [failure, setFailure] = useState('');
  const [reloadKey, setReloadKey] = useState(0);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    if (!picked) return;
    setBusy(true);
    setFailure('');
    try {
      onDone(await rescheduleManagedBooking(token, picked.slot.start));
    } catch (error) {
      const taken = error instanceof ApiError && error.code === 'slot_taken';
      if (taken) {
        setPicked(undefined);
        setReloadKey((key) => key + 1);
      }
      // A 409 says why in the clinic's words: the time went, or the window to move it closed.
      setFailure(error instanceof ApiError && error.status === 409 ? error.message : describeFailure(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="reschedule">
      <ErrorMessage>{failure}</ErrorMessage>
      {picked ? (
        <ConfirmBox
          id="move-question"
          question={`Move to ${fullDateLabel(picked.date)} at ${timeLabel(picked.slot.localTime)}?`}
          confirmLabel="Yes, move it"
          busyLabel="Moving…"
          dismissLabel="Pick another time"
          tone="primary"
          busy={busy}
          onConfirm={confirm}
          onDismiss={() => setPicked(undefined)}
        />
      ) : (
        <TimePicker
          clinicSlug={context.clinicSlug}
          query={{ sessionId: context.sessionId, locationId: context.locationId, ...(context.calendarId ? { calendarId: context.calendarId } : {}) }}
          timeZone={booking.timeZone}
          view={view}
          onView={setView}
          reloadKey={reloadKey}
          heading="Choose a new time"
          onPick={(slot, date) => setPicked({ slot, date })}
        />
      )}
      <button type="button" class="link-button" onClick={onCancel}>
        Keep the current time
      </button>
    </div>
  );
}
