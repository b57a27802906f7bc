/** Every read of clinical content leaves an access entry on its case and, through the audit consumer, an audit event (SPEC P5): who opened what, when. */
import type { ClinicalRead } from '@casefile/db';
import type { StaffContext } from '../context';

export async function recordRead(ctx: StaffContext, read: ClinicalRead): Promise<void> {
  await ctx.repos.clinicalAccess.recordRead(read);
}
