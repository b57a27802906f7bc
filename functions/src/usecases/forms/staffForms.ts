/** Staff's side of forms: the existence-only list, reading one (audited), filling one for the client, and score trends. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { FormRequest, FormRequestSummary, StaffFormFill } from '@casefile/core';
import { recordRead } from '../clinicalRecords/recordRead';
import type { StaffContext } from '../context';
import { completeForm } from './completeForm';
import { toFormRequest, toFormSummary } from './toFormViews';

export async function listCaseForms(ctx: StaffContext, caseId: string): Promise<{ items: FormRequestSummary[] }> {
  await ctx.repos.cases.get(caseId);
  return { items: (await ctx.repos.formRequests.listForCase(caseId)).map(toFormSummary).reverse() };
}

export async function readForm(ctx: StaffContext, formId: string): Promise<FormRequest> {
  const form = await ctx.repos.formRequests.get(formId);
  await recordRead(ctx, { caseId: form.caseId, subjectType: 'formRequest', subjectId: formId, action: 'read' });
  return toFormRequest(form);
}

export async function fillFormForClient(ctx: StaffContext & { event: APIGatewayProxyEventV2 }, formId: string, input: StaffFormFill): Promise<FormRequest> {
  const form = await ctx.repos.formRequests.get(formId);
  const written = await completeForm(ctx.repos, ctx.runtime, form, {
    answers: input.answers,
    typedName: input.typedName,
    ipAddress: ctx.event.requestContext?.http?.sourceIp ?? 'unknown',
    userAgent: ctx.event.headers?.['user-agent'] ?? 'unknown',
    onBehalfBy: ctx.caller.memberId,
  });
  return toFormRequest(written);
}
