import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { DomainError } from '@casefile/core';
import { toRequestPath, withRequestPaths } from '../src/http/requestPaths';
import type { RouteDefinition } from '../src/http/route';

const route = (parts: Partial<Pick<RouteDefinition, 'params' | 'query' | 'body'>>): RouteDefinition => ({
  method: 'POST',
  path: '/api/things/{id}',
  fn: 'billing',
  operationId: 'doThing',
  summary: '',
  auth: 'public',
  ...parts,
});

const params = z.object({ id: z.string() });
const query = z.object({ scope: z.enum(['this', 'following']), cursor: z.string().optional() });
const body = z.strictObject({ payerId: z.string(), allocations: z.array(z.object({ amountMinor: z.number() })) }).transform((value) => value);

describe('toRequestPath', () => {
  it.each([
    ['payerId', 'body.payerId'],
    ['allocations.0.amountMinor', 'body.allocations.0.amountMinor'],
    ['scope', 'query.scope'],
    ['cursor', 'query.cursor'],
    ['id', 'params.id'],
  ])('places %s in the part of the request that has the field', (path, expected) => {
    expect(toRequestPath(path, route({ params, query, body }))).toBe(expected);
  });

  it.each(['body.payerId', 'query.scope', 'params.id', 'headers.idempotency-key', 'body'])('keeps %s, already a request path', (path) => {
    expect(toRequestPath(path, route({ params, query, body }))).toBe(path);
  });

  it('looks into the body first when a field is in both body and query', () => {
    const both = z.object({ scope: z.string() });
    expect(toRequestPath('scope', route({ query, body: both }))).toBe('body.scope');
  });

  it('finds fields of a union of objects and through optional wrappers', () => {
    const union = z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]).optional();
    expect(toRequestPath('b', route({ body: union }))).toBe('body.b');
  });

  it('puts a field no schema names in the body when there is one, else the query', () => {
    expect(toRequestPath('derived.total', route({ query, body }))).toBe('body.derived.total');
    expect(toRequestPath('derived', route({ query }))).toBe('query.derived');
    expect(toRequestPath('derived', route({}))).toBe('derived');
  });
});

describe('withRequestPaths', () => {
  it('rewrites every issue and extra.path, and nothing else', () => {
    const error = new DomainError('bad_request', 'Bad.', {
      code: 'validation',
      issues: [
        { path: 'payerId', message: 'Unknown payer.' },
        { path: 'query.scope', message: 'Kept.' },
      ],
      extra: { path: 'allocations.1.amountMinor', other: 1 },
    });
    expect(withRequestPaths(error, route({ query, body }))).toEqual({
      ...error.details,
      issues: [
        { path: 'body.payerId', message: 'Unknown payer.' },
        { path: 'query.scope', message: 'Kept.' },
      ],
      extra: { path: 'body.allocations.1.amountMinor', other: 1 },
    });
  });
});
