import type { StreamHandler } from '../handlers';

// Placeholder until the audit consumer lands.
export const handler: StreamHandler = async () => ({ batchItemFailures: [] });
