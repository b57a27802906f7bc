/** SMS opt-outs per clinic and number (SPEC N1-N2). */
import type { CasefileService } from '../service';
import type { RepositoryContext } from './context';

export function createSmsRepository(ctx: RepositoryContext) {
  const { smsOptOut } = ctx.service.entities;
  const keysOf = (phoneKey: string) => ({ clinicId: ctx.clinicId, phoneKey });
  return {
    async optOut(phoneKey: string): Promise<void> {
      await smsOptOut.put({ ...keysOf(phoneKey), at: ctx.now().toISOString() }).go();
    },
    async optIn(phoneKey: string): Promise<void> {
      await smsOptOut.delete(keysOf(phoneKey)).go();
    },
    /** This clinic texted the number last: its replies come here. */
    async rememberReplyRoute(phoneKey: string): Promise<void> {
      await ctx.service.entities.smsReplyRoute.put({ phoneKey, clinicId: ctx.clinicId, at: ctx.now().toISOString() }).go();
    },
    async isOptedOut(phoneKey: string): Promise<boolean> {
      return Boolean((await smsOptOut.get(keysOf(phoneKey)).go({ consistent: true })).data);
    },
  };
}

/** The clinic that last texted a number, or undefined: the one read of an SMS reply not bound to a clinic. */
export async function clinicIdForSmsReply(service: CasefileService, phoneKey: string): Promise<string | undefined> {
  return (await service.entities.smsReplyRoute.get({ phoneKey }).go({ consistent: true })).data?.clinicId;
}
