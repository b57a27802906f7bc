import * as z from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { problemSchema } from '@casefile/core';
import { ROUTES } from './routes';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().max(255).optional().meta({ description: 'Retries with the same key return the first response.' }),
});

/** The OpenAPI 3.1 document, generated from the route table and the same zod schemas that validate requests. */
export function buildOpenApiDocument(serverUrl = '/') {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of ROUTES) {
    const problem = { 'application/problem+json': { schema: problemSchema } };
    const operation: ZodOpenApiOperationObject = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.fn],
      ...(route.auth === 'staff' ? { security: [{ cognito: [] }], 'x-casefile-permission': route.action } : { security: [] }),
      requestParams: {
        ...(route.params ? { path: parameterObject(route.params, `${route.operationId} params`) } : {}),
        ...(route.query ? { query: parameterObject(route.query, `${route.operationId} query`) } : {}),
        ...(route.method === 'POST' && route.auth === 'staff'
          ? { header: idempotencyHeader }
          : {}),
      },
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
      responses: {
        [String(route.status ?? 200)]: {
          description: 'Success',
          ...(route.response ? { content: { 'application/json': { schema: route.response } } } : {}),
        },
        '400': { description: 'Invalid input, with a field path for each problem.', content: problem },
        ...(route.auth === 'staff'
          ? {
              '401': { description: 'Missing or invalid token.' },
              '403': { description: 'Your role does not allow this.', content: problem },
              '404': { description: 'Not found (or not in your clinic).', content: problem },
            }
          : {}),
      },
    };
    const path = (paths[route.path] ??= {});
    (path as Record<string, ZodOpenApiOperationObject>)[route.method.toLowerCase()] = operation;
  }
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Casefile API', version: '0.1.0', description: 'Case-centric practice management for clinics.' },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Cognito ID token (locally: POST /api/_local/token).' } },
    },
    paths,
  });
}


/** Path and query parameters are listed field by field, so their schema must be a zod object. */
function parameterObject(schema: z.ZodType, what: string): z.ZodObject {
  if (schema instanceof z.ZodObject) return schema;
  throw new Error(`${what}: OpenAPI parameters need a zod object schema.`);
}
