import type { StaffCommunication } from '@casefile/core';
import type { RepositoryContext } from './context';

/** Calls and messages staff recorded on a case. */
export function createCommunicationRepository(ctx: RepositoryContext) {
  const { communicationEntry } = ctx.service.entities;
  return {
    async record(entry: Omit<StaffCommunication, 'source'>): Promise<void> {
      await communicationEntry.create({ ...entry, clinicId: ctx.clinicId }).go();
    },
    async listForCase(caseId: string): Promise<StaffCommunication[]> {
      const result = await communicationEntry.query.primary({ clinicId: ctx.clinicId, caseId }).go({ pages: 'all' });
      return result.data.map(({ clinicId: _clinicId, ...entry }) => ({ source: 'staff' as const, ...entry }));
    },
  };
}
