/** Mails a client the signed, expiring link of one form request (no answers, no clinical detail: SPEC P5). */
import { currentLinkSerial } from '@casefile/core';
import type { ClinicRepositories, StoredFormRequest } from '@casefile/db';
import { outgoingMail } from '../../ports/outgoingMail';
import type { Runtime } from '../../runtime';
import { formLinks, formPageUrl } from './formLinks';
import { formRequestMail } from './formRequestMail';
import { signatureOf } from '../notifications/signatureOf';

/** False when the address is suppressed (bounced or complained): nothing is sent. The link is the request's current one. */
export async function mailFormLink(repos: ClinicRepositories, runtime: Runtime, form: StoredFormRequest, to: { email: string; name: string }): Promise<boolean> {
  if (await repos.notifications.isSuppressed(to.email)) return false;
  const token = await (await formLinks(runtime)).sign({ clinicId: repos.clinicId, formId: form.formId, linkSerial: currentLinkSerial(form) }, form.expiresAt);
  const clinic = await repos.clinic.get();
  await outgoingMail().mailer.send({
    from: outgoingMail().mailFrom,
    to: to.email,
    replyTo: clinic.contactEmail,
    ...formRequestMail({ clientName: to.name, formName: form.templateName, url: formPageUrl(token), expiresAt: form.expiresAt }, await signatureOf(repos, clinic)),
    tags: { clinicId: clinic.clinicId, kind: 'formRequest' },
  });
  return true;
}
