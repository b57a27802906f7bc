import { createApiHandler } from '../http/createApiHandler';
import { buildOpenApiDocument } from '../openapi';
import { checkHealth } from '../platform/healthCheck';

let openApiDocument: unknown;

/** Health and the API description: public, no clinic data. */
export const handler = createApiHandler('platform', {
  getHealth: checkHealth,
  getOpenApi: async () => (openApiDocument ??= buildOpenApiDocument()),
});
