import type { RepositoryContext } from './context';
import { isConditionFailure } from './errors';

export type EmailCodeCheck = 'verified' | 'wrong' | 'missing';

/** One-time email codes and rate-limit counters of the public booking routes (SPEC O4, O5). */
export function createOnlineRepository(ctx: RepositoryContext) {
  const { emailCode, rateCounter } = ctx.service.entities;
  return {
    /** Replaces any earlier code for the address: only the newest one verifies. */
    async saveEmailCode(emailHash: string, codeHash: string, expiresAt: number): Promise<void> {
      await emailCode.put({ clinicId: ctx.clinicId, emailHash, codeHash, attempts: 0, expiresAt }).go();
    },

    /**
     * Checks a code without using it up, so a client whose chosen time was just taken can pick another
     * with the same code. A wrong code counts an attempt (conditionally, so racing guesses each count);
     * a code past its expiry or its attempts no longer verifies.
     */
    async checkEmailCode(emailHash: string, codeHash: string, nowSeconds: number, maxAttempts: number, same: (a: string, b: string) => boolean): Promise<EmailCodeCheck> {
      const keys = { clinicId: ctx.clinicId, emailHash };
      const stored = (await emailCode.get(keys).go({ consistent: true })).data;
      if (!stored || stored.expiresAt <= nowSeconds || stored.attempts >= maxAttempts) return 'missing';
      if (same(stored.codeHash, codeHash)) return 'verified';
      try {
        await emailCode.patch(keys).add({ attempts: 1 }).where(({ attempts }, { eq }) => eq(attempts, stored.attempts)).go();
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      return 'wrong';
    },

    /** A booking made with the code spends it. */
    async spendEmailCode(emailHash: string): Promise<void> {
      await emailCode.delete({ clinicId: ctx.clinicId, emailHash }).go();
    },

    /** Counts one request in a fixed window and answers the count so far, this one included. */
    async countRequest(limitName: string, subject: string, windowStart: number, windowSeconds: number): Promise<number> {
      const result = await rateCounter
        .update({ clinicId: ctx.clinicId, limitName, subject, windowStart })
        .add({ count: 1 })
        .set({ expiresAt: windowStart + windowSeconds + 60 })
        .go({ response: 'all_new' });
      return result.data.count ?? 1;
    },
  };
}
