import { createApiHandler } from '../../http/createApiHandler';
import { buildOpenApiDocument } from '../../openapi';
import { platformRoutes } from './routes';
import { checkHealth } from '../../usecases/platform/checkHealth';

let openApiDocument: unknown;

/** Health and the API description: public, no clinic data. */
export const handler = createApiHandler(platformRoutes, {
  getHealth: checkHealth,
  getOpenApi: async () => (openApiDocument ??= buildOpenApiDocument()),
});
