/** One hostile HTTP request per operation of the OpenAPI document, as a fast-check arbitrary. */
import fc from 'fast-check';
import type { Operation, Parameter } from './openApiOperations';
import { hostile, plausible, queryValue, type ValuePools } from './hostileValues';

export interface HostileRequest {
  method: string;
  /** Path and query string, already encoded. */
  url: string;
  /** The raw body text; JSON unless it is deliberately malformed. */
  body?: string;
}

export function hostileRequest(operation: Operation, pools: ValuePools): fc.Arbitrary<HostileRequest> {
  const path = fc.tuple(...operation.pathParams.map((parameter) => pathValue(parameter, pools))).map((values) =>
    operation.pathParams.reduce((url, parameter, index) => url.replace(`{${parameter.name}}`, encodeRaw(values[index]!)), operation.path),
  );
  const query = fc
    .tuple(fc.tuple(...operation.queryParams.map((parameter) => queryPairs(parameter, pools))), fc.option(fc.tuple(fc.constantFrom('colour', 'limit[]', '__proto__', ''), queryValue({}, pools)), { freq: 5 }))
    .map(([pairs, extra]) => [...pairs.flat(), ...(extra ? [extra] : [])]);
  const body = operation.body ? fc.option(bodyText(operation, pools), { freq: 20 }) : fc.constant(null);
  return fc.tuple(path, query, body).map(([pathname, pairs, text]) => ({
    method: operation.method,
    url: pairs.length === 0 ? pathname : `${pathname}?${pairs.map(([name, value]) => `${encodeRaw(name)}=${encodeRaw(value)}`).join('&')}`,
    ...(text !== null ? { body: text } : {}),
  }));
}

/**
 * A path segment is never empty: API Gateway itself answers `/api/clients/` with its own 404 before
 * any function runs, so an empty segment says nothing about Casefile's code.
 */
function pathValue(parameter: Parameter, pools: ValuePools): fc.Arbitrary<string> {
  return queryValue(parameter.schema, pools).filter((value) => value.length > 0);
}

/** Absent (when optional), once, or repeated with another value. */
function queryPairs(parameter: Parameter, pools: ValuePools): fc.Arbitrary<[string, string][]> {
  const value = queryValue(parameter.schema, pools);
  const choices: fc.Arbitrary<[string, string][]>[] = [
    value.map((one) => [[parameter.name, one]]),
    fc.tuple(value, value).map(([one, two]) => [
      [parameter.name, one],
      [parameter.name, two],
    ]),
  ];
  // Required parameters are left out too, now and then: a missing one must be a 400 as well.
  return fc.oneof({ weight: 2, arbitrary: fc.constant<[string, string][]>([]) }, { weight: 5, arbitrary: choices[0]! }, { weight: 1, arbitrary: choices[1]! });
}

function bodyText(operation: Operation, pools: ValuePools): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: plausible(operation.body!, pools).map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: hostile.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.constantFrom('{"a":', '\u0000', '[1,2', '{"__proto__":{"admin":true}}', 'null', '"' + 'x'.repeat(100) + '"') },
  );
}

/**
 * Percent-encodes like encodeURIComponent, but also a lone surrogate (which encodeURIComponent refuses),
 * as the WTF-8 bytes a hostile client can put on the wire.
 */
export function encodeRaw(value: string): string {
  let encoded = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    encoded +=
      code >= 0xd800 && code <= 0xdfff
        ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('')
        : encodeURIComponent(char);
  }
  return encoded;
}
