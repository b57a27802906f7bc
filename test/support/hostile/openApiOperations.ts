/**
 * The operations of the OpenAPI document as the hostile-input test drives them: each operation's
 * path, query and body schemas, with `$ref`s resolved, so a route added to the table is covered
 * without touching the test.
 */
import { buildOpenApiDocument } from '../../../functions/src/openapi';

/** The JSON Schema subset zod-openapi emits for Casefile's schemas. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  /** e.g. `PATCH /api/clients/{id}` */
  name: string;
  method: string;
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body?: JsonSchema;
  isPublic: boolean;
}

interface OpenApiOperation {
  security?: unknown[];
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export function openApiOperations(): Operation[] {
  const document = buildOpenApiDocument() as unknown as OpenApiDocument;
  const resolve = referenceResolver(document.components?.schemas ?? {});
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]): Operation => {
      const parameters = (location: string) =>
        (operation.parameters ?? [])
          .filter((parameter) => parameter.in === location)
          .map((parameter) => ({ name: parameter.name, required: parameter.required === true, schema: resolve(parameter.schema) }));
      const body = operation.requestBody?.content['application/json']?.schema;
      return {
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: parameters('path'),
        queryParams: parameters('query'),
        ...(body ? { body: resolve(body) } : {}),
        isPublic: (operation.security ?? []).length === 0,
      };
    }),
  );
}

/** Inlines `#/components/schemas/X` references (Casefile's schemas are not recursive; depth is capped anyway). */
function referenceResolver(components: Record<string, JsonSchema>) {
  const resolve = (schema: JsonSchema, depth = 0): JsonSchema => {
    if (depth > 12) return {};
    if (schema.$ref) {
      const target = components[schema.$ref.replace('#/components/schemas/', '')];
      return target ? resolve(target, depth + 1) : {};
    }
    const next: JsonSchema = { ...schema };
    if (schema.items) next.items = resolve(schema.items, depth + 1);
    if (schema.properties) {
      next.properties = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, resolve(value, depth + 1)]));
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      if (schema[key]) next[key] = schema[key].map((branch) => resolve(branch, depth + 1));
    }
    return next;
  };
  return resolve;
}
