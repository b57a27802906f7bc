/**
 * Completes a form once, from the client's link or by staff on their behalf: the answers must fit the
 * template copy, the score is computed, the signature recorded, and a SHA-256 taken over all of it.
 * The write is conditioned on the form still being unsubmitted, so a second or raced submission is
 * refused and the first stays as it was. A signed consent form sets the client's consent flag in the
 * same transaction, so a submitted consent and the flag it grants are never seen apart.
 */
import { createHash } from 'node:crypto';
import { ConflictError, type FormAnswers, type FormSignature, formSubmissionContent, checkFormAnswers, scoreFormAnswers, ValidationError } from '@casefile/core';
import type { ClinicRepositories, StoredFormRequest, SubmitOutcome } from '@casefile/db';
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

/** Bounded: each retry follows a change to the client (or a transaction holding it) between read and write. */
const MAX_ATTEMPTS = 3;

export async function completeForm(repos: ClinicRepositories, runtime: Runtime, read: StoredFormRequest, completion: FormCompletion): Promise<StoredFormRequest> {
  let form = read;
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await submitOnce(repos, runtime, form, completion);
    if ('written' in outcome) return outcome.written;
    if (outcome.conflict === 'form' || attempt >= MAX_ATTEMPTS) throw new ConflictError('This form was already submitted; a submitted form cannot change.', 'form_submitted');
    form = await repos.formRequests.get(form.formId);
  }
}

async function submitOnce(repos: ClinicRepositories, runtime: Runtime, form: StoredFormRequest, completion: FormCompletion): Promise<SubmitOutcome> {
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
  const submission = { answers: completion.answers, ...(score ? { score } : {}), signature, sha256, submittedAt, filledBy: completion.onBehalfBy ? ('staff' as const) : ('client' as const) };
  const flag = form.template.consentFlag;
  if (!flag) return repos.formRequests.submit(form, submission);
  // The flag only ever turns on here; it is decided from the client as read and written with the submission.
  const client = await repos.formRequests.clientConsent(form.clientId);
  const consent = { ...client.consent, [flag]: true, recordedOn: submittedAt.slice(0, 10) };
  return repos.formRequests.submit(form, submission, { clientId: form.clientId, clientVersion: client.clientVersion, consent });
}
