/** Every read of clinical content leaves an audit event (SPEC P5): who opened what, when. */
import type { AuditEntityType } from '@casefile/core';
import type { StaffContext } from '../context';

export async function recordRead(ctx: StaffContext, entityType: AuditEntityType, entityId: string): Promise<void> {
  await ctx.repos.audit.record({
    auditId: `read-${ctx.runtime.newId()}`,
    entityType,
    entityId,
    action: 'read',
    at: ctx.runtime.clock.now().toISOString(),
    actor: ctx.caller.memberId,
    changes: {},
  });
}
