/**
 * The client's side of a form link (SPEC K6): the token comes in a POST body, never a URL. A link
 * that does not verify, has expired, names nothing or was replaced by a re-sent one answers 404; a spent one answers 409; one used
 * too often (per address or per form) answers 429, as the booking routes do.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ConflictError, currentLinkSerial, NotFoundError, type PublicFormSubmission } from '@casefile/core';
import type { StoredFormRequest } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { clinicRepositories, enforceRateLimits, sourceAddress } from '../public/publicClinicContext';
import { completeForm } from './completeForm';
import { formLinks } from './formLinks';

/** A link that verifies is counted per caller address and per form before anything is read (429 past the limits). */
async function openLink(runtime: Runtime, event: APIGatewayProxyEventV2, token: string) {
  const claims = await (await formLinks(runtime)).verify(token);
  if (!claims) throw new NotFoundError('Form');
  const repos = clinicRepositories(runtime, claims.clinicId);
  await enforceRateLimits(repos, runtime, [
    ['form:address', sourceAddress(event)],
    ['form:token', claims.formId],
  ]);
  const form = await repos.formRequests.get(claims.formId);
  if (claims.linkSerial !== currentLinkSerial(form)) throw new NotFoundError('Form');
  return { repos, form };
}

function refuseSpent(form: StoredFormRequest): void {
  if (form.status !== 'sent') throw new ConflictError('This form was already submitted. Thank you!', 'form_submitted');
}

export async function openPublicForm(runtime: Runtime, event: APIGatewayProxyEventV2, token: string) {
  const { repos, form } = await openLink(runtime, event, token);
  refuseSpent(form);
  const [clinic, client] = await Promise.all([repos.clinic.get(), repos.clients.get(form.clientId)]);
  return { clinicName: clinic.name, clientFirstName: client.preferredName ?? client.firstName, template: form.template, expiresAt: form.expiresAt };
}

export async function submitPublicForm(runtime: Runtime, event: APIGatewayProxyEventV2, submission: PublicFormSubmission) {
  const { repos, form } = await openLink(runtime, event, submission.token);
  refuseSpent(form);
  const written = await completeForm(repos, runtime, form, {
    answers: submission.answers,
    typedName: submission.typedName,
    image: submission.signatureImage,
    ipAddress: sourceAddress(event),
    userAgent: event.headers?.['user-agent'] ?? 'unknown',
  });
  return { submittedAt: written.submittedAt!, sha256: written.sha256! };
}
