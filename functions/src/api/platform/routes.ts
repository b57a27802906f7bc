/** The platform routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import * as z from 'zod';
import { defineRoutes } from '../../http/route';

export const healthSchema = z.object({ status: z.literal('ok'), time: z.string() }).meta({ id: 'Health' });

export const platformRoutes = defineRoutes('platform', {
  getHealth: { method: 'GET', path: '/api/health', auth: 'public', summary: 'Liveness check.', response: healthSchema },
  getOpenApi: { method: 'GET', path: '/api/openapi.json', auth: 'public', summary: 'This API described as OpenAPI 3.1.' },
});
