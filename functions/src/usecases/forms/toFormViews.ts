import type { FormRequest, FormRequestSummary } from '@casefile/core';
import type { StoredFormRequest } from '@casefile/db';

/** Existence and status only: what every role may see. */
export function toFormSummary(stored: StoredFormRequest): FormRequestSummary {
  return {
    formId: stored.formId,
    caseId: stored.caseId,
    clientId: stored.clientId,
    templateKey: stored.templateKey,
    templateName: stored.templateName,
    kind: stored.kind,
    status: stored.status,
    sentAt: stored.sentAt,
    expiresAt: stored.expiresAt,
    ...(stored.appointmentId ? { appointmentId: stored.appointmentId } : {}),
    ...(stored.submittedAt ? { submittedAt: stored.submittedAt } : {}),
    ...(stored.filledBy ? { filledBy: stored.filledBy } : {}),
  };
}

/** With its content: for the roles that read clinical content. */
export function toFormRequest(stored: StoredFormRequest): FormRequest {
  return {
    ...toFormSummary(stored),
    template: stored.template,
    ...(stored.answers ? { answers: stored.answers } : {}),
    ...(stored.score ? { score: stored.score } : {}),
    ...(stored.signature ? { signature: stored.signature } : {}),
    ...(stored.sha256 ? { sha256: stored.sha256 } : {}),
  };
}
