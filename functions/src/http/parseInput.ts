import * as z from 'zod';
import { DomainError, type FieldIssue, ValidationError } from '@casefile/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { RouteDefinition } from './route';
import { supportsUpdatedSince } from './routeContract';
import { UPDATED_SINCE, updatedSinceQuerySchema } from './incrementalSync';

/** Larger than any legitimate JSON document of this API; API Gateway's own cap is 10 MB. */
export const MAX_BODY_BYTES = 64 * 1024;

const noQuery = z.strictObject({});

export interface ParsedInput {
  params: unknown;
  query: unknown;
  body: unknown;
  /** `updatedSince` of a list route that supports incremental sync. */
  updatedSince?: string;
}

/** Validates path parameters, query string and JSON body against the route's schemas. */
export function parseInput(route: RouteDefinition, event: APIGatewayProxyEventV2): ParsedInput {
  const params = route.params ? validate(route.params, event.pathParameters ?? {}, 'params') : {};
  const { [UPDATED_SINCE]: since, ...rest } = event.queryStringParameters ?? {};
  const syncs = supportsUpdatedSince(route);
  const query = validate(route.query ?? noQuery, syncs ? rest : (event.queryStringParameters ?? {}), 'query');
  const updatedSince = syncs && since !== undefined ? (validate(updatedSinceQuerySchema, { [UPDATED_SINCE]: since }, 'query') as { updatedSince?: string }).updatedSince : undefined;
  const body = route.body ? validate(route.body, readJsonBody(event), 'body') : rejectUnexpectedBody(event);
  return { params, query, body, ...(updatedSince ? { updatedSince } : {}) };
}

function readJsonBody(event: APIGatewayProxyEventV2): unknown {
  const raw = rawBody(event);
  if (raw === undefined || raw.trim() === '') {
    throw new ValidationError('This request needs a JSON body.', [{ path: 'body', message: 'Required.' }]);
  }
  const contentType = event.headers?.['content-type'] ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new DomainError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.', { code: 'unsupported_media_type' });
  }
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) {
    throw new DomainError('too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`, {
      code: 'body_too_large',
      issues: [{ path: 'body', message: `At most ${MAX_BODY_BYTES} bytes.` }],
    });
  }
  try {
    return JSON.parse(raw);
  } catch (cause) {
    throw new ValidationError('The body is not valid JSON.', [{ path: 'body', message: 'Malformed JSON.' }], { cause });
  }
}

function rejectUnexpectedBody(event: APIGatewayProxyEventV2): undefined {
  const raw = rawBody(event);
  if (raw !== undefined && raw.trim() !== '') {
    throw new ValidationError('This request takes no body.', [{ path: 'body', message: 'Not allowed here.' }]);
  }
  return undefined;
}

function rawBody(event: APIGatewayProxyEventV2): string | undefined {
  if (event.body === undefined || event.body === null) return undefined;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

function validate(schema: z.ZodType, value: unknown, part: 'params' | 'query' | 'body'): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(`The request ${part === 'params' ? 'path' : part} is not valid.`, toFieldIssues(result.error, part));
}

/** zod issues as field paths into the request (`body.address.city`); each unknown field named. */
export function toFieldIssues(error: z.ZodError, part: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const base = [part, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: `${base}.${key}`, message: 'Unknown field.' }));
    }
    return [{ path: base, message: issue.message }];
  });
}
