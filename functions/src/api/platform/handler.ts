import { createApiHandler } from '../../http/createApiHandler';
import { buildOpenApiDocument } from '../../openapi';
import { platformRoutes } from './routes';

let openApiDocument: unknown;

/** Health and the API description: public, no clinic data. */
export const handler = createApiHandler(platformRoutes, {
  getHealth: async ({ runtime }) => ({ status: 'ok', time: runtime.clock.now().toISOString() }),
  getOpenApi: async () => (openApiDocument ??= buildOpenApiDocument()),
});
