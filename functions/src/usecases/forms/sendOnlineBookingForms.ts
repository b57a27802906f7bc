/**
 * A new online booking sends the client the clinic's chosen forms (K6): one request per case and
 * template, ever. The request's id is derived from the case and the template, and written only if
 * new, so a second booking on the same case, or a retry, neither duplicates the form nor mails again.
 * A link that does not go out (the mail fails, or the address is suppressed) raises a task for the
 * front desk, who re-send it from the case; the other forms are still sent.
 */
import { deterministicUlid } from '@casefile/core';
import type { ClinicRepositories, StoredFormRequest } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { findRequestableTemplate } from './formTemplates';
import { raiseFormLinkFailedTask } from '../tasks/systemTasks';
import { mailFormLink } from './mailFormLink';

/** How long an intake link sent on booking works. */
const ONLINE_BOOKING_FORM_DAYS = 14;

export interface OnlineBookingFormTarget {
  caseId: string;
  clientId: string;
  appointmentId: string;
  email: string;
  name: string;
}

async function mailed(repos: ClinicRepositories, runtime: Runtime, form: StoredFormRequest, target: OnlineBookingFormTarget): Promise<boolean> {
  try {
    return await mailFormLink(repos, runtime, form, { email: target.email, name: target.name });
  } catch (error) {
    runtime.logger.error('online booking form link not sent', { errorName: error instanceof Error ? error.name : typeof error });
    return false;
  }
}

/** The form ids created and mailed by this call; empty when the clinic sends none or all were sent before. */
export async function sendOnlineBookingForms(repos: ClinicRepositories, runtime: Runtime, target: OnlineBookingFormTarget): Promise<string[]> {
  const keys = (await repos.formTemplates.getSettings())?.onlineBookingTemplateKeys ?? [];
  const sent: string[] = [];
  for (const key of keys) {
    const template = await findRequestableTemplate(repos, key);
    if (!template) continue; // retired since it was chosen
    const now = runtime.clock.now();
    const created = await repos.formRequests.createOnce({
      formId: deterministicUlid(target.caseId, 'onlineBookingForm', target.caseId, template.templateKey),
      caseId: target.caseId,
      clientId: target.clientId,
      templateKey: template.templateKey,
      templateName: template.name,
      kind: template.kind,
      template,
      appointmentId: target.appointmentId,
      sentAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ONLINE_BOOKING_FORM_DAYS * 86_400_000).toISOString(),
    });
    if (!created) continue;
    if (await mailed(repos, runtime, created, target)) sent.push(created.formId);
    else await raiseFormLinkFailedTask(repos, { formId: created.formId, formName: created.templateName, caseId: target.caseId, clientId: target.clientId, appointmentId: target.appointmentId });
  }
  return sent;
}
