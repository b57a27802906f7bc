import type { ApiHandler } from '../handlers';

// Placeholder until this area lands.
export const handler: ApiHandler = async () => ({ statusCode: 501, body: '' });
