/** The emailed 6-digit code, which confirms the booking. */
import { useState } from 'preact/hooks';
import { ApiError, describeFailure, fieldErrorsOf } from '../api/apiError';
import type { PublicBookingRequest, PublicBookingResult } from '../api/contract';
import { createBooking, sendEmailCode } from '../api/publicApi';
import { ErrorMessage, StatusMessage } from '../ui/Messages';
import { StepHeading } from '../ui/StepHeading';
import { TextField } from '../ui/TextField';

interface Props {
  clinicSlug: string;
  /** Everything but the code. */
  request: Omit<PublicBookingRequest, 'code'>;
  expiresInMinutes: number;
  onBooked: (result: PublicBookingResult) => void;
  /** The time went to someone else meanwhile. */
  onTaken: (message: string) => void;
  /** The API refused some of the details (not the code). */
  onDetailErrors: (errors: Record<string, string>) => void;
  onBack: () => void;
}

export function CodeForm({ clinicSlug, request, expiresInMinutes, onBooked, onTaken, onDetailErrors, onBack }: Props) {
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState('');
  const [failure, setFailure] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setFailure('');
    const digits = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(digits)) {
      setCodeError('Enter the 6 digits from the email.');
      document.getElementById('code')?.focus();
      return;
    }
    setCodeError('');
    setBusy(true);
    try {
      onBooked(await createBooking(clinicSlug, { ...request, code: digits }));
    } catch (error) {
      handleFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function handleFailure(error: unknown) {
    if (!(error instanceof ApiError) || error.isNetwork || error.status === 429 || error.status >= 500) {
      setFailure(describeFailure(error));
      return;
    }
    if (error.status === 409) {
      onTaken('Sorry, that time was just booked by someone else. Please choose another time.');
      return;
    }
    const { code: codeProblem, ...others } = fieldErrorsOf(error);
    if (Object.keys(others).length > 0) {
      onDetailErrors(others);
      return;
    }
    if (codeProblem || /code/i.test(error.code ?? '')) {
      setCodeError(codeProblem ?? error.message);
      document.getElementById('code')?.focus();
      return;
    }
    setFailure(error.message);
  }

  async function resend() {
    setFailure('');
    setStatus('');
    try {
      const sent = await sendEmailCode(clinicSlug, request.email);
      setStatus(`We sent a new code to ${request.email}. It works for ${sent.expiresInMinutes} minutes.`);
    } catch (error) {
      setFailure(describeFailure(error));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <StepHeading>Check your email</StepHeading>
      <p>
        We sent a 6-digit code to <strong>{request.email}</strong>. It works for {expiresInMinutes} minutes.
      </p>
      <TextField
        id="code"
        label="Code from the email"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        required
        class="code-input"
        value={code}
        onValue={setCode}
        error={codeError}
      />
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Booking…' : 'Confirm booking'}
      </button>
      <div class="secondary-actions">
        <button type="button" class="link-button" onClick={resend}>
          Send a new code
        </button>
        <button type="button" class="link-button" onClick={onBack}>
          Change my details
        </button>
      </div>
    </form>
  );
}
