/**
 * Field paths at the HTTP edge. Below it, errors name domain fields (`payerId`, `breaks.1.start`);
 * here each is placed in the part of the request that carries the field (`body.payerId`), once.
 */
import type * as z from 'zod';
import type { DomainError, FieldIssue } from '@casefile/core';
import type { RouteDefinition } from './route';

const REQUEST_PARTS = ['body', 'query', 'params', 'headers'] as const;
const SEARCHED_PARTS = ['body', 'query', 'params'] as const;

/** `payerId` -> `body.payerId` when the route's body has that field; paths already into the request are kept. */
export function toRequestPath(path: string, route: RouteDefinition): string {
  const field = path.split('.')[0]!;
  if ((REQUEST_PARTS as readonly string[]).includes(field)) return path;
  const part = SEARCHED_PARTS.find((candidate) => hasField(route[candidate], field)) ?? SEARCHED_PARTS.find((candidate) => route[candidate]);
  return part ? `${part}.${path}` : path;
}

/** The same error with its issues' and `extra.path`'s field paths placed in the request. */
export function withRequestPaths(error: DomainError, route: RouteDefinition): DomainError['details'] {
  const { issues, extra } = error.details;
  return {
    ...error.details,
    ...(issues ? { issues: issues.map((issue: FieldIssue) => ({ ...issue, path: toRequestPath(issue.path, route) })) } : {}),
    ...(extra && typeof extra.path === 'string' ? { extra: { ...extra, path: toRequestPath(extra.path, route) } } : {}),
  };
}

/** Whether an object schema (possibly wrapped: optional, piped, a union of objects) has this top-level field. */
function hasField(schema: z.ZodType | undefined, field: string): boolean {
  if (!schema) return false;
  const def = schema._zod.def as { type: string; shape?: Record<string, unknown>; in?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[]; left?: z.ZodType; right?: z.ZodType };
  switch (def.type) {
    case 'object':
      return Object.hasOwn(def.shape ?? {}, field);
    case 'pipe':
      return hasField(def.in, field);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return hasField(def.innerType, field);
    case 'union':
      return (def.options ?? []).some((option) => hasField(option, field));
    case 'intersection':
      return hasField(def.left, field) || hasField(def.right, field);
    default:
      return false;
  }
}
