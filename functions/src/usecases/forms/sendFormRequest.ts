/** Sends a client a form from the library as a signed, expiring link by email (SPEC K6). */
import { ConflictError, type CreateFormRequest, findFormTemplate, type FormRequestSummary, ValidationError } from '@casefile/core';
import { outgoingMail } from '../../ports/outgoingMail';
import type { StaffContext } from '../context';
import { formLinks, formPageUrl } from './formLinks';
import { formRequestMail } from './formRequestMail';
import { toFormSummary } from './toFormViews';

export async function sendFormRequest(ctx: StaffContext, caseId: string, input: CreateFormRequest): Promise<{ form: FormRequestSummary; emailed: boolean }> {
  const template = findFormTemplate(input.templateKey);
  if (!template) throw new ValidationError('No such form template.', [{ path: 'templateKey', message: 'Must be a template of the form library.' }]);
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
  const token = await (await formLinks(ctx.runtime)).sign({ clinicId: ctx.repos.clinicId, formId: stored.formId }, expiresAt);
  const emailed = await sendLink(ctx, client.email, client.preferredName ?? client.firstName, template.name, formPageUrl(token), expiresAt);
  return { form: toFormSummary(stored), emailed };
}

async function sendLink(ctx: StaffContext, email: string, clientName: string, formName: string, url: string, expiresAt: string): Promise<boolean> {
  if (await ctx.repos.notifications.isSuppressed(email)) return false;
  const clinic = await ctx.repos.clinic.get();
  await outgoingMail().mailer.send({
    from: outgoingMail().mailFrom,
    to: email,
    replyTo: clinic.contactEmail,
    ...formRequestMail({ clientName, clinicName: clinic.name, formName, url, expiresAt }),
    tags: { clinicId: clinic.clinicId, kind: 'formRequest' },
  });
  return true;
}
