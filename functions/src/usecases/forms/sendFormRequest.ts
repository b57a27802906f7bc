/** Sends a client a form from the library (built in or the clinic's own) as a signed, expiring link by email (SPEC K6). */
import { ConflictError, type CreateFormRequest, type FormRequestSummary, ValidationError } from '@casefile/core';
import type { StaffContext } from '../context';
import { findRequestableTemplate } from './formTemplates';
import { mailFormLink } from './mailFormLink';
import { toFormSummary } from './toFormViews';

export async function sendFormRequest(ctx: StaffContext, caseId: string, input: CreateFormRequest): Promise<{ form: FormRequestSummary; emailed: boolean }> {
  const template = await findRequestableTemplate(ctx.repos, input.templateKey);
  if (!template) throw new ValidationError('No such form template.', [{ path: 'templateKey', message: "Must be a template of the form library or an active one of the clinic's own." }]);
  const caseFile = await ctx.repos.cases.get(caseId);
  if (input.appointmentId) {
    const visit = await ctx.repos.appointments.get(input.appointmentId);
    if (visit.caseId !== caseId) throw new ValidationError('The visit is not on this case.', [{ path: 'appointmentId', message: 'Must be a visit of this case.' }]);
  }
  const client = await ctx.repos.clients.get(caseFile.clientId);
  if (input.sendEmail && !client.email) throw new ConflictError('The client has no email address; fill the form with them instead.', 'no_email');
  const now = ctx.runtime.clock.now();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString();
  const stored = await ctx.repos.formRequests.create({
    formId: ctx.runtime.newId(),
    caseId,
    clientId: caseFile.clientId,
    templateKey: template.templateKey,
    templateName: template.name,
    kind: template.kind,
    template,
    ...(input.appointmentId ? { appointmentId: input.appointmentId } : {}),
    sentAt: now.toISOString(),
    expiresAt,
  });
  if (!input.sendEmail || !client.email) return { form: toFormSummary(stored), emailed: false };
  const emailed = await mailFormLink(ctx.repos, ctx.runtime, stored, { email: client.email, name: client.preferredName ?? client.firstName });
  return { form: toFormSummary(stored), emailed };
}
