import type { RecordCommunication, StaffCommunication } from '@casefile/core';
import type { StaffContext } from '../context';

/** Records a call or message about a case, attributed to the caller. */
export async function recordCommunication(ctx: StaffContext, caseId: string, input: RecordCommunication): Promise<StaffCommunication> {
  await ctx.repos.cases.get(caseId);
  const entry = {
    entryId: ctx.runtime.newId(),
    caseId,
    channel: input.channel,
    direction: input.direction,
    summary: input.summary,
    at: input.occurredAt ?? ctx.runtime.clock.now().toISOString(),
    recordedBy: ctx.caller.memberId,
  };
  await ctx.repos.communications.record(entry);
  return { source: 'staff', ...entry };
}
