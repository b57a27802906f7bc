/**
 * Values for the hostile-input property test. `plausible` follows a field's schema (so requests get
 * past the first check and reach the code behind it, with the clinic's real ids); `hostile` is what
 * a careless or malicious caller sends instead: wrong types, empty and huge strings, unicode and NUL,
 * odd dates and zones, cursors that are not ours.
 */
import fc from 'fast-check';
import type { JsonSchema } from './openApiOperations';

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202e\u0647\u0644\u0627',
  '𝕏🏥👩🏽‍⚕️',
  'e\u0301',
  'x'.repeat(5_000),
  'x'.repeat(70_000),
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '2026-12-04T00:00:00Z',
  '2026-12-04T00:00:00+05:30',
  '2026-03-08T02:30:00',
  '+275760-09-13T00:00:00.000Z',
  '1970-01-01T00:00:00.000Z',
  '24:00',
  '23:59:60',
  'America/Toronto',
  'Mars/Olympus',
  'Etc/GMT+14',
  'Asia/Kathmandu',
  'Infinity',
  'NaN',
  '-0',
  '1e309',
  '0x10',
  '9007199254740993',
  'not-an-id',
  '00000000000000000000000000',
  '01arz3ndektsv4rrffq69g5fav',
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '$',
  '#',
  '{"$ne":null}',
  'eyJ9',
  '%%%',
  cursorOf({ pk: 1, sk: 2 }),
  cursorOf({ pk: 'a', sk: 'b' }),
  cursorOf({ pk: '$casefile#clinicid_01arz3ndektsv4rrffq69g5fav', sk: '$x' }),
  cursorOf(['pk']),
  cursorOf(null),
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }));

/** Any JSON value of the wrong kind, including deep nesting and numbers JSON cannot carry exactly. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  fc.constantFrom(null, true, false, 0, -1, 1.5, -1e308, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [[[[[[[[[[[]]]]]]]]]]]),
  fc.integer(),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'a', ''), hostileString, { maxKeys: 2 }),
);

/** What a query string can carry: strings only, hostile or plausible. */
export function queryValue(schema: JsonSchema, pools: ValuePools): fc.Arbitrary<string> {
  return fc.oneof(hostileString, plausible(schema, pools).map((value) => (typeof value === 'string' ? value : JSON.stringify(value))));
}

export interface ValuePools {
  /** Real ids of the clinic the test signs in to, so that requests reach stored records. */
  ids: readonly string[];
}

/** A value that follows `schema` where it can; every field has a fair chance of being hostile instead. */
export function plausible(schema: JsonSchema, pools: ValuePools, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const branches = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (branches && branches.length > 0) return fc.oneof(...branches.map((branch) => plausible(branch, pools, depth + 1)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type.find((kind) => kind !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return plausibleString(schema, pools);
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1_000, -1_000_000), max: Math.min(schema.maximum ?? 10_000, 1_000_000_000) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 10_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(field(schema.items ?? {}, pools, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case 'object':
      return plausibleObject(schema, pools, depth);
    default:
      return hostile;
  }
}

/** A field inside a body: mostly plausible, sometimes hostile. */
function field(schema: JsonSchema, pools: ValuePools, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: plausible(schema, pools, depth) }, { weight: 1, arbitrary: hostile });
}

function plausibleObject(schema: JsonSchema, pools: ValuePools, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const fields = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, field(property, pools, depth + 1)]));
  const record = fc.record(fields, { requiredKeys: (schema.required ?? []).filter((name) => name in properties) });
  return fc.oneof(
    { weight: 5, arbitrary: record },
    // A field nobody asked for, or one every required field is missing from.
    { weight: 1, arbitrary: fc.tuple(record, hostile).map(([value, extra]) => ({ ...(value as object), unexpected: extra })) },
    { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
  );
}

function plausibleString(schema: JsonSchema, pools: ValuePools): fc.Arbitrary<string> {
  if (schema.pattern === '^[0-9A-HJKMNP-TV-Z]{26}$') {
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pools.ids) }, fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/));
  }
  if (schema.format === 'date') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  if (schema.format === 'date-time') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString());
  if (schema.format === 'email') return fc.constantFrom('ann@example.com', 'a.b+c@clinic.example', 'ANN@EXAMPLE.COM');
  if (schema.format === 'uri') return fc.constantFrom('https://example.com/', 'https://clinic.example/book?x=1');
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length <= (schema.maxLength ?? 500));
    } catch {
      // a pattern JavaScript cannot compile; fall through to a plain string
    }
  }
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
}
