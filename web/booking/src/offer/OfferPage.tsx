/**
 * `/book/offer#{token}`: a time offered from the waitlist (SPEC A9). Shows when, where and until when;
 * "Take this time" books it if nobody took it first. The API decides: booked, taken or expired.
 */
import { useState } from 'preact/hooks';
import { ApiError, describeFailure } from '../api/apiError';
import type { PublicWaitlistOffer, WaitlistAcceptResult } from '../api/contract';
import { acceptWaitlistOffer, viewWaitlistOffer } from '../api/publicApi';
import { instantLabel } from '../format';
import { ErrorMessage, StatusMessage } from '../ui/Messages';
import { useLoad } from '../ui/useLoad';

const OUTCOME_TEXT: Record<WaitlistAcceptResult['outcome'], string> = {
  booked: 'It is yours: your appointment is booked. The clinic will send you a confirmation.',
  taken: 'Sorry, someone took this time first. You stay on the waitlist for the next opening.',
  expired: 'This offer has expired. You stay on the waitlist for the next opening.',
};

export function OfferPage({ token }: { token: string }) {
  const [loaded, retry] = useLoad(() => viewWaitlistOffer(token), [token]);
  const [result, setResult] = useState<WaitlistAcceptResult>();
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  if (loaded.state === 'loading') return <p class="loading" role="status">Loading your offer…</p>;
  if (loaded.state === 'failed') {
    const invalid = loaded.error instanceof ApiError && [400, 404, 410].includes(loaded.error.status);
    return (
      <>
        <h1>A time for you</h1>
        <ErrorMessage action={invalid ? undefined : { label: 'Try again', run: retry }}>
          {invalid ? 'This offer has expired or the link is not valid. You stay on the waitlist for the next opening.' : describeFailure(loaded.error)}
        </ErrorMessage>
      </>
    );
  }
  const offer: PublicWaitlistOffer = result?.offer ?? loaded.value;
  const open = !result && offer.status === 'offered';

  async function accept() {
    setBusy(true);
    setFailure('');
    try {
      setResult(await acceptWaitlistOffer(token));
    } catch (error) {
      setFailure(describeFailure(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <header class="clinic">
        <p class="clinic-name">{offer.clinicName}</p>
        <h1>A time for you</h1>
      </header>
      <p>
        {offer.sessionName} with {offer.providerName}, {instantLabel(offer.start, offer.timeZone)}.
      </p>
      <StatusMessage>{result ? OUTCOME_TEXT[result.outcome] : !open ? OUTCOME_TEXT[offer.status === 'accepted' ? 'booked' : offer.status === 'expired' ? 'expired' : 'taken'] : ''}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      {open ? (
        <>
          <p>The first person to take it gets it. This offer is open until {instantLabel(offer.expiresAt, offer.timeZone)}.</p>
          <button type="button" class="primary" disabled={busy} onClick={() => void accept()}>
            {busy ? 'Booking…' : 'Take this time'}
          </button>
        </>
      ) : null}
    </>
  );
}
