/**
 * `GET /api/health`: ok only when the table answers, so a load balancer, a monitor or a developer
 * sees the truth. Public, so it names no clinic and no error detail beyond "unreachable".
 */
import { DomainError } from '@casefile/core';
import { probeTable, sharedDocumentClient, tableNameFromEnv } from '@casefile/db';
import type { Runtime } from '../../runtime';

export async function checkHealth({ runtime }: { runtime: Runtime }): Promise<{ status: 'ok'; time: string }> {
  // The same client and table name the runtime's service was built from.
  const table = await probeTable(sharedDocumentClient(), tableNameFromEnv());
  if (!table.reachable) {
    runtime.logger.error('health: table unreachable', { errorName: table.errorName });
    throw new DomainError('unavailable', 'The database cannot be reached; try again shortly.', { code: 'unavailable', extra: { table: 'unreachable' } });
  }
  return { status: 'ok', time: runtime.clock.now().toISOString() };
}
