/** The client's name, email and phone; sending it asks the API to email a one-time code. */
import { useState } from 'preact/hooks';
import { ApiError, describeFailure, fieldErrorsOf } from '../api/apiError';
import { sendEmailCode } from '../api/publicApi';
import { ErrorMessage } from '../ui/Messages';
import { StepHeading } from '../ui/StepHeading';
import { TextField } from '../ui/TextField';

export interface ClientDetails {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

interface Props {
  clinicSlug: string;
  details: ClientDetails;
  onDetails: (details: ClientDetails) => void;
  /** Errors the booking request reported on these fields. */
  serverErrors: Record<string, string>;
  onCodeSent: (expiresInMinutes: number) => void;
}

export function DetailsForm({ clinicSlug, details, onDetails, serverErrors, onCodeSent }: Props) {
  const [errors, setErrors] = useState<Record<string, string>>(serverErrors);
  const [failure, setFailure] = useState('');
  const [sending, setSending] = useState(false);
  const set = (field: keyof ClientDetails) => (value: string) => onDetails({ ...details, [field]: value });

  async function submit(event: Event) {
    event.preventDefault();
    const found = checkDetails(details);
    setErrors(found);
    setFailure('');
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(found);
      return;
    }
    setSending(true);
    try {
      const sent = await sendEmailCode(clinicSlug, details.email.trim());
      onCodeSent(sent.expiresInMinutes);
    } catch (error) {
      const byField = error instanceof ApiError ? fieldErrorsOf(error) : {};
      setErrors(byField);
      setFailure(Object.keys(byField).length > 0 ? 'Please check the highlighted fields.' : describeFailure(error));
      focusFirstInvalid(byField);
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <StepHeading>Your details</StepHeading>
      <fieldset>
        <legend>Who is the appointment for?</legend>
        <TextField id="firstName" label="First name" autoComplete="given-name" required value={details.firstName} onValue={set('firstName')} error={errors.firstName} />
        <TextField id="lastName" label="Last name" autoComplete="family-name" required value={details.lastName} onValue={set('lastName')} error={errors.lastName} />
        <TextField
          id="email"
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          hint="We email you a code to confirm it is you, then your confirmation."
          value={details.email}
          onValue={set('email')}
          error={errors.email}
        />
        <TextField id="phone" label="Phone (optional)" type="tel" autoComplete="tel" inputMode="tel" value={details.phone} onValue={set('phone')} error={errors.phone} />
      </fieldset>
      <ErrorMessage>{failure}</ErrorMessage>
      <button type="submit" class="primary" disabled={sending}>
        {sending ? 'Sending code…' : 'Send me a code'}
      </button>
    </form>
  );
}

function checkDetails(details: ClientDetails): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!details.firstName.trim()) errors.firstName = 'Enter your first name.';
  if (!details.lastName.trim()) errors.lastName = 'Enter your last name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(details.email.trim())) errors.email = 'Enter an email address like name@example.com.';
  const phone = details.phone.trim();
  if (phone && (!/^\+?[0-9 ().-]+$/.test(phone) || phone.replace(/\D+/g, '').length < 3 || phone.length > 32)) errors.phone = 'Enter a phone number (digits, spaces, +, -, ( and )), or leave it empty.';
  return errors;
}

function focusFirstInvalid(errors: Record<string, string>): void {
  const first = ['firstName', 'lastName', 'email', 'phone'].find((field) => errors[field]);
  if (first) requestAnimationFrame(() => document.getElementById(first)?.focus());
}
