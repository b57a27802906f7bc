/**
 * Whether a form request may get a fresh link (K6): only while it is still open. A submitted form is
 * final and an expired one is closed for good (the clinic sends a new request instead), so neither
 * gets a link again. Each fresh link carries the next link number; only the newest opens the form.
 */
import { ConflictError } from '../errors';

export interface ResendableForm {
  status: 'sent' | 'submitted';
  expiresAt: string;
  linkSerial?: number | undefined;
}

/** Throws a 409 naming why the request cannot have a new link; returns the number the new link carries. */
export function decideFormLinkResend(form: ResendableForm, now: Date): number {
  if (form.status !== 'sent') throw new ConflictError('This form was already submitted; it cannot be sent again.', 'form_submitted');
  if (Date.parse(form.expiresAt) <= now.getTime()) throw new ConflictError('This form request has expired; send the client a new form request instead.', 'form_expired');
  return currentLinkSerial(form) + 1;
}

/** Requests written before links were numbered have number 0, as do the links signed for them. */
export function currentLinkSerial(form: Partial<ResendableForm>): number {
  return form.linkSerial ?? 0;
}
