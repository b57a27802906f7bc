/** The form link's API: the token always travels in a POST body. */
import type { PublicFormView, PublicFormSubmissionBody } from '../api/contract';
import { requestJson } from '../api/http';

export function openForm(token: string): Promise<PublicFormView> {
  return requestJson('/api/public/forms/open', { method: 'POST', body: { token } });
}

export function submitForm(body: PublicFormSubmissionBody): Promise<{ submittedAt: string; sha256: string }> {
  return requestJson('/api/public/forms/submit', { method: 'POST', body });
}
