/**
 * Re-sends a form link (K6) when the first mail failed or the client lost it: the request gets the
 * next link number, so every earlier link stops opening it, and the new link is mailed. The number
 * is written before the mail goes out: a failed mail then leaves a link nobody has, which the next
 * re-send replaces, never an old link that still works. Each attempt is kept in the case's
 * communication log (the form's name only, never its content).
 */
import { ConflictError, decideFormLinkResend, type FormRequestSummary } from '@casefile/core';
import type { StoredFormRequest } from '@casefile/db';
import type { StaffContext } from '../context';
import { mailFormLink } from './mailFormLink';
import { toFormSummary } from './toFormViews';

type NotSent = 'suppressed' | 'mail_failed';

/** Bounded: each retry follows a concurrent write to the request (another re-send, a submission). */
const MAX_ATTEMPTS = 3;

export async function resendFormLink(ctx: StaffContext, formId: string): Promise<{ form: FormRequestSummary; emailed: boolean; notSent?: NotSent }> {
  const read = await ctx.repos.formRequests.get(formId);
  decideFormLinkResend(read, ctx.runtime.clock.now());
  const client = await ctx.repos.clients.get(read.clientId);
  if (!client.email) throw new ConflictError('The client has no email address; add one, or fill the form with them instead.', 'no_email');
  const form = await reissue(ctx, read);
  const notSent = await mail(ctx, form, { email: client.email, name: client.preferredName ?? client.firstName });
  await ctx.repos.communications.record({
    entryId: ctx.runtime.newId(),
    caseId: form.caseId,
    channel: 'email',
    direction: 'outbound',
    summary: notSent ? `Form link for "${form.templateName}" re-sent, but not delivered (${notSent === 'suppressed' ? 'the address bounced or complained before' : 'the mail service failed'}).` : `Form link for "${form.templateName}" re-sent; earlier links no longer open it.`,
    at: ctx.runtime.clock.now().toISOString(),
    recordedBy: ctx.caller.memberId,
  });
  return { form: toFormSummary(form), emailed: !notSent, ...(notSent ? { notSent } : {}) };
}

async function reissue(ctx: StaffContext, read: StoredFormRequest): Promise<StoredFormRequest> {
  let current = read;
  for (let attempt = 1; ; attempt += 1) {
    const linkSerial = decideFormLinkResend(current, ctx.runtime.clock.now());
    const outcome = await ctx.repos.formRequests.reissueLink(current, linkSerial);
    if ('written' in outcome) return outcome.written;
    if (attempt >= MAX_ATTEMPTS) throw new ConflictError('The form changed while its link was re-sent; try again.', 'form_changed');
    current = await ctx.repos.formRequests.get(current.formId);
  }
}

async function mail(ctx: StaffContext, form: StoredFormRequest, to: { email: string; name: string }): Promise<NotSent | undefined> {
  try {
    return (await mailFormLink(ctx.repos, ctx.runtime, form, to)) ? undefined : 'suppressed';
  } catch (error) {
    ctx.runtime.logger.error('form link not re-sent', { errorName: error instanceof Error ? error.name : typeof error });
    return 'mail_failed';
  }
}
