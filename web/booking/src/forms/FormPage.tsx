/** A client fills and signs a form from their emailed link: phone first, one column, a canvas to sign on. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PublicFormView } from '../api/contract';
import { ApiError, describeFailure } from '../api/apiError';
import { openForm, submitForm } from './formApi';
import { type Answer, FormFieldInput } from './FormFieldInput';
import { SignaturePad } from './SignaturePad';

type State = { step: 'loading' } | { step: 'failed'; message: string } | { step: 'filling'; form: PublicFormView } | { step: 'done'; receipt: string };

export function FormPage({ token }: { token: string }) {
  const [state, setState] = useState<State>({ step: 'loading' });
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [typedName, setTypedName] = useState('');
  const [signature, setSignature] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const onSignature = useCallback((png: string) => setSignature(png), []);

  useEffect(() => {
    // The link did its job; keep the token out of the address bar, history and screenshots.
    history.replaceState(null, '', location.pathname);
    openForm(token).then(
      (form) => setState({ step: 'filling', form }),
      (error: unknown) => setState({ step: 'failed', message: error instanceof ApiError && error.status === 404 ? 'This form link is not valid or has expired. Please ask the clinic for a new one.' : describeFailure(error) }),
    );
  }, [token]);

  if (state.step === 'loading') return <p>Opening your form…</p>;
  if (state.step === 'failed') return <p role="alert">{state.message}</p>;
  if (state.step === 'done') {
    return (
      <>
        <h1>Thank you</h1>
        <p role="status">Your form was signed and sent to the clinic.</p>
        <p class="hint">Receipt: {state.receipt.slice(0, 16)}</p>
      </>
    );
  }
  const { form } = state;
  const submit = async (event: Event) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    for (const field of form.template.fields) {
      const value = answers[field.key];
      if (field.required && (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))) missing[`answers.${field.key}`] = 'Please answer this question.';
    }
    if (typedName.trim().length < 2) missing.typedName = 'Please type your full name.';
    if (!signature) missing.signatureImage = 'Please sign in the box.';
    if (!agreed) missing.agreed = 'Please confirm to sign.';
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const receipt = await submitForm({ token, answers, typedName, signatureImage: signature, agreed: true });
      setState({ step: 'done', receipt: receipt.sha256 });
    } catch (error) {
      const fields = error instanceof ApiError ? Object.fromEntries(error.fieldErrors.map((issue) => [issue.path.replace(/^body\./, ''), issue.message])) : {};
      setErrors({ ...fields, form: describeFailure(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <p class="hint">{form.clinicName}</p>
      <h1>{form.template.name}</h1>
      <p>Hello {form.clientFirstName}, please answer these questions and sign below.</p>
      {form.template.fields.map((field) => (
        <FormFieldInput key={field.key} field={field} value={answers[field.key]} error={errors[`answers.${field.key}`]} onValue={(value) => setAnswers((current) => {
          const next = { ...current };
          if (value === undefined) delete next[field.key];
          else next[field.key] = value;
          return next;
        })} />
      ))}
      <p class="consent">{form.template.consentWording}</p>
      <div class={errors.typedName ? 'field field-invalid' : 'field'}>
        <label for="typedName">Your full name</label>
        <input id="typedName" autoComplete="name" value={typedName} onInput={(event) => setTypedName(event.currentTarget.value)} />
        {errors.typedName ? <p class="error">{errors.typedName}</p> : null}
      </div>
      <SignaturePad onChange={onSignature} invalid={Boolean(errors.signatureImage)} />
      {errors.signatureImage ? <p class="error">{errors.signatureImage}</p> : null}
      <label class={errors.agreed ? 'choice field-invalid' : 'choice'}>
        <input id="agreed" type="checkbox" checked={agreed} onChange={(event) => setAgreed(event.currentTarget.checked)} />I agree to the statement above and sign this form electronically.
      </label>
      {errors.form ? <p role="alert" class="error">{errors.form}</p> : null}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Sending…' : 'Sign and send'}
      </button>
    </form>
  );
}
