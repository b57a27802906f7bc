/** Scored measures over a case's visits (SPEC K6): one series per measure, oldest first. Reading scores is reading the case's clinical record (audited). */
import type * as z from 'zod';
import type { formTrendSchema } from '@casefile/core';
import { recordRead } from '../clinicalRecords/recordRead';
import type { StaffContext } from '../context';

type FormTrends = z.infer<typeof formTrendSchema>;

export async function formTrends(ctx: StaffContext, caseId: string): Promise<FormTrends> {
  await ctx.repos.cases.get(caseId);
  const scored = (await ctx.repos.formRequests.listForCase(caseId)).filter((form) => form.status === 'submitted' && form.score);
  const visitIds = [...new Set(scored.flatMap((form) => (form.appointmentId ? [form.appointmentId] : [])))];
  const visits = new Map((await Promise.all(visitIds.map((id) => ctx.repos.appointments.get(id)))).map((visit) => [visit.appointmentId, visit.start]));
  const series = new Map<string, FormTrends['items'][number]>();
  for (const form of scored.sort((a, b) => (a.submittedAt! < b.submittedAt! ? -1 : 1))) {
    const entry = series.get(form.templateKey) ?? { templateKey: form.templateKey, templateName: form.templateName, label: form.score!.label, points: [] };
    const visitStart = form.appointmentId ? visits.get(form.appointmentId) : undefined;
    entry.points.push({ formId: form.formId, submittedAt: form.submittedAt!, value: form.score!.value, ...(form.appointmentId ? { appointmentId: form.appointmentId } : {}), ...(visitStart ? { visitStart } : {}) });
    series.set(form.templateKey, entry);
  }
  await recordRead(ctx, { caseId, subjectType: 'caseFile', subjectId: caseId, action: 'read' });
  return { items: [...series.values()] };
}
