/**
 * Tasks Casefile creates where a person must act (SPEC K7): a notice that finally failed, an
 * authorization running low, an online booking to review, an intake form link that was not delivered. Each is created once per cause (its id
 * is derived from the cause), so a retried stream record or delivery adds nothing. The overdue
 * unsigned note belongs to clinical notes and is raised there.
 */
import { deterministicUlid, type CreateTask, type TaskSource } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';

async function raise(repos: ClinicRepositories, source: TaskSource, timeSource: string, cause: string, task: CreateTask): Promise<boolean> {
  return repos.tasks.createOnce(deterministicUlid(timeSource, source, cause), task, source);
}

export function raiseFailedNoticeTask(repos: ClinicRepositories, notice: { appointmentId: string; clientId?: string | undefined; key: string }): Promise<boolean> {
  return raise(repos, 'notice_failed', notice.appointmentId, `${notice.appointmentId}#${notice.key}`, {
    title: 'A notice to the client could not be sent',
    description: 'Check the client’s contact details, then retry it from the failed notices or call the client.',
    appointmentId: notice.appointmentId,
    ...(notice.clientId ? { clientId: notice.clientId } : {}),
    assignee: { kind: 'role', role: 'front_desk' },
    priority: 'high',
  });
}

export function raiseAuthorizationLowTask(repos: ClinicRepositories, alert: { caseId: string; clientId: string; key: string; caseLabel: string }): Promise<boolean> {
  return raise(repos, 'authorization_low', alert.caseId, alert.key, {
    title: `Authorization running low on case ${alert.caseLabel}`,
    description: 'Ask the payer for more visits before the authorization runs out.',
    caseId: alert.caseId,
    clientId: alert.clientId,
    assignee: { kind: 'role', role: 'billing' },
    priority: 'high',
  });
}

export function raiseOnlineReviewTask(repos: ClinicRepositories, booking: { appointmentId: string; clientId: string; caseId: string }): Promise<boolean> {
  return raise(repos, 'online_review', booking.appointmentId, booking.appointmentId, {
    title: 'Review an online booking on a new case',
    description: 'Online booking opened a new case: check the client’s details, consent and case type.',
    appointmentId: booking.appointmentId,
    clientId: booking.clientId,
    caseId: booking.caseId,
    assignee: { kind: 'role', role: 'front_desk' },
    priority: 'normal',
  });
}

/** The form link mailed on an online booking did not go out (the mail failed, or the address is suppressed). */
export function raiseFormLinkFailedTask(repos: ClinicRepositories, form: { formId: string; formName: string; caseId: string; clientId: string; appointmentId?: string | undefined }): Promise<boolean> {
  return raise(repos, 'form_link_failed', form.formId, form.formId, {
    title: `The form “${form.formName}” could not be emailed to the client`,
    description: 'Check the client’s email address, then re-send the link from the case’s Forms tab, or fill the form with the client at the visit.',
    caseId: form.caseId,
    clientId: form.clientId,
    ...(form.appointmentId ? { appointmentId: form.appointmentId } : {}),
    assignee: { kind: 'role', role: 'front_desk' },
    priority: 'high',
  });
}
