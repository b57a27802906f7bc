/** SMS opt-outs per clinic and number (SPEC N1-N2). */
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
    async isOptedOut(phoneKey: string): Promise<boolean> {
      return Boolean((await smsOptOut.get(keysOf(phoneKey)).go({ consistent: true })).data);
    },
  };
}
