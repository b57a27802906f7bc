/**
 * Completes a form once, from the client's link or by staff on their behalf: the answers must fit the
 * template copy, the score is computed, the signature recorded, and a SHA-256 taken over all of it.
 * The write is conditioned on the form still being unsubmitted, so a second or raced submission is
 * refused and the first stays as it was. A signed consent form then sets the client's consent flag.
 */
import { createHash } from 'node:crypto';
import { ConflictError, type FormAnswers, type FormSignature, formSubmissionContent, checkFormAnswers, scoreFormAnswers, ValidationError } from '@casefile/core';
import type { ClinicRepositories, StoredFormRequest } from '@casefile/db';
import type { Runtime } from '../../runtime';

export interface FormCompletion {
  answers: FormAnswers;
  typedName: string;
  image?: string | undefined;
  ipAddress: string;
  userAgent: string;
  /** Set when staff filled the form for the client. */
  onBehalfBy?: string | undefined;
}

export async function completeForm(repos: ClinicRepositories, runtime: Runtime, form: StoredFormRequest, completion: FormCompletion): Promise<StoredFormRequest> {
  if (form.status !== 'sent') throw new ConflictError('This form was already submitted; a submitted form cannot change.', 'form_submitted');
  const issues = checkFormAnswers(form.template, completion.answers);
  if (issues.length > 0) throw new ValidationError('Some answers do not fit the form.', issues);
  const submittedAt = runtime.clock.now().toISOString();
  const score = scoreFormAnswers(form.template, completion.answers);
  const signature: FormSignature = {
    typedName: completion.typedName,
    ...(completion.image ? { image: completion.image } : {}),
    consentWording: form.template.consentWording,
    signedAt: submittedAt,
    ipAddress: completion.ipAddress,
    userAgent: completion.userAgent.slice(0, 500),
    ...(completion.onBehalfBy ? { onBehalfBy: completion.onBehalfBy } : {}),
  };
  const content = { ...form, answers: completion.answers, ...(score ? { score } : {}), signature, submittedAt };
  const sha256 = createHash('sha256').update(formSubmissionContent(content)).digest('hex');
  const outcome = await repos.formRequests.submit(form, {
    answers: completion.answers,
    ...(score ? { score } : {}),
    signature,
    sha256,
    submittedAt,
    filledBy: completion.onBehalfBy ? 'staff' : 'client',
  });
  if ('conflict' in outcome) throw new ConflictError('This form was already submitted; a submitted form cannot change.', 'form_submitted');
  if (form.template.consentFlag) await recordConsent(repos, form.clientId, form.template.consentFlag, submittedAt.slice(0, 10));
  return outcome.written;
}

/** Sets the flag; a retry after a lost race re-reads the client (the flag only ever turns on here). */
async function recordConsent(repos: ClinicRepositories, clientId: string, flag: 'treatment' | 'privacyPolicy', on: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const client = await repos.clients.get(clientId);
    try {
      await repos.clients.update(clientId, { consent: { ...client.consent, [flag]: true, recordedOn: on } });
      return;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 3) throw error;
    }
  }
}
