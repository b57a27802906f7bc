/**
 * Matches a request against the route table the way API Gateway HTTP APIs do: the method and every
 * segment must match, `{name}` takes one whole segment (URL-decoded into pathParameters), and a
 * literal segment wins over a parameter when both would match.
 */
import type { RouteDefinition } from '@casefile/functions/routes';

export interface RouteMatch {
  route: RouteDefinition;
  pathParameters: Record<string, string>;
}

type Segment = { literal: string } | { parameter: string };

interface CompiledRoute {
  route: RouteDefinition;
  segments: Segment[];
}

export type RouteMatcher = (method: string, rawPath: string) => RouteMatch | undefined;

export function createRouteMatcher(routes: readonly RouteDefinition[]): RouteMatcher {
  const compiled: CompiledRoute[] = routes.map((route) => ({ route, segments: route.path.split('/').map(parseSegment) }));
  return (method, rawPath) => {
    const requested = rawPath.split('/');
    let best: { match: RouteMatch; literals: number } | undefined;
    for (const { route, segments } of compiled) {
      if (route.method !== method || segments.length !== requested.length) continue;
      const match = matchSegments(segments, requested);
      if (!match) continue;
      const literals = segments.filter((segment) => 'literal' in segment).length;
      if (!best || literals > best.literals) best = { match: { route, pathParameters: match }, literals };
    }
    return best?.match;
  };
}

function parseSegment(segment: string): Segment {
  const parameter = /^\{([^{}+]+)\}$/.exec(segment)?.[1];
  return parameter ? { parameter } : { literal: segment };
}

function matchSegments(segments: Segment[], requested: string[]): Record<string, string> | undefined {
  const parameters: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const value = requested[index] ?? '';
    if ('literal' in segment) {
      if (segment.literal !== value) return undefined;
    } else {
      if (value === '') return undefined;
      const decoded = safeDecode(value);
      if (decoded === undefined) return undefined;
      parameters[segment.parameter] = decoded;
    }
  }
  return parameters;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
