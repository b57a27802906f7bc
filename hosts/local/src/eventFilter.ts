/**
 * Lambda event-filter patterns (the EventBridge subset Lambda supports), applied to Lambda-shaped
 * records exactly as the event source mapping would, so the local poller delivers what AWS delivers.
 * Patterns are checked when compiled: an operator Lambda would reject, or we do not know, throws.
 */
import type { FilterPattern } from '@casefile/functions/consumers';

export class EventFilterError extends Error {
  override name = 'EventFilterError';
}

type Leaf = string | number | boolean | null;
type Condition = (value: unknown, present: boolean) => boolean;

/** One predicate for a list of patterns: a record passes when it matches any of them. */
export function compileFilters(patterns: readonly FilterPattern[]): (record: unknown) => boolean {
  const compiled = patterns.map((pattern) => compilePattern(pattern, '$'));
  return (record) => compiled.some((matches) => matches(record));
}

export function matchesFilter(pattern: FilterPattern, record: unknown): boolean {
  return compilePattern(pattern, '$')(record);
}

function compilePattern(pattern: FilterPattern, path: string): (value: unknown) => boolean {
  if (typeof pattern !== 'object' || pattern === null || Array.isArray(pattern)) {
    throw new EventFilterError(`Pattern at ${path} must be an object.`);
  }
  const fields = Object.entries(pattern).map(([name, sub]) => {
    if (name.startsWith('$')) throw new EventFilterError(`Operator ${name} at ${path} is not supported by Lambda event filtering.`);
    const fieldPath = `${path}.${name}`;
    const test = Array.isArray(sub) ? compileConditions(sub, fieldPath) : compilePattern(sub as FilterPattern, fieldPath);
    return (container: unknown) => test(fieldOf(container, name));
  });
  // An array in the record matches a nested pattern when any of its elements does.
  const matches = (value: unknown): boolean => (Array.isArray(value) ? value.some(matches) : fields.every((field) => field(value)));
  return matches;
}

/** A leaf's allowed values: the field matches when any of them does. */
function compileConditions(values: readonly unknown[], path: string): (value: unknown) => boolean {
  if (values.length === 0) throw new EventFilterError(`Pattern at ${path} has an empty list of values.`);
  const conditions = values.map((value) => compileCondition(value, path));
  return (value) => {
    const present = value !== undefined;
    // An array in the record matches when any element does; exists only looks at presence.
    const candidates = Array.isArray(value) ? value : [value];
    return conditions.some((condition) => candidates.some((candidate) => condition(candidate, present)));
  };
}

function compileCondition(value: unknown, path: string): Condition {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return (candidate, present) => present && equalsLeaf(candidate, value);
  }
  if (typeof value !== 'object' || Array.isArray(value)) throw new EventFilterError(`Pattern at ${path} has an unsupported value.`);
  const entries = Object.entries(value);
  const [operator, operand] = entries[0] ?? [];
  if (entries.length !== 1 || operator === undefined) throw new EventFilterError(`Pattern at ${path} must name exactly one operator.`);
  switch (operator) {
    case 'exists':
      if (typeof operand !== 'boolean') throw new EventFilterError(`exists at ${path} takes true or false.`);
      return (candidate, present) => (operand ? present && isLeaf(candidate) : !present);
    case 'prefix':
      return compileStringOperator(operand, path, 'prefix', (candidate, text) => candidate.startsWith(text));
    case 'suffix':
      return compileStringOperator(operand, path, 'suffix', (candidate, text) => candidate.endsWith(text));
    case 'equals-ignore-case':
      return compileStringOperator(operand, path, 'equals-ignore-case', (candidate, text) => candidate.toLowerCase() === text.toLowerCase());
    case 'anything-but':
      return compileAnythingBut(operand, path);
    case 'numeric':
      return compileNumeric(operand, path);
    default:
      throw new EventFilterError(`Operator ${operator} at ${path} is not supported.`);
  }
}

function compileStringOperator(operand: unknown, path: string, name: string, test: (candidate: string, text: string) => boolean): Condition {
  if (typeof operand !== 'string') throw new EventFilterError(`${name} at ${path} takes a string.`);
  return (candidate, present) => present && typeof candidate === 'string' && test(candidate, operand);
}

function compileAnythingBut(operand: unknown, path: string): Condition {
  if (typeof operand === 'object' && operand !== null && !Array.isArray(operand)) {
    const prefix = (operand as { prefix?: unknown }).prefix;
    if (Object.keys(operand).length !== 1 || typeof prefix !== 'string') throw new EventFilterError(`anything-but at ${path} supports only a prefix object.`);
    return (candidate, present) => present && typeof candidate === 'string' && !candidate.startsWith(prefix);
  }
  const excluded = Array.isArray(operand) ? operand : [operand];
  if (excluded.length === 0 || !excluded.every(isLeaf)) throw new EventFilterError(`anything-but at ${path} takes literal values.`);
  return (candidate, present) => present && isLeaf(candidate) && !excluded.some((value) => equalsLeaf(candidate, value as Leaf));
}

const COMPARISONS: Record<string, (left: number, right: number) => boolean> = {
  '=': (left, right) => left === right,
  '<': (left, right) => left < right,
  '<=': (left, right) => left <= right,
  '>': (left, right) => left > right,
  '>=': (left, right) => left >= right,
};

/** `numeric: ['>', 0, '<=', 5]`: every comparison must hold; numbers only (DynamoDB's N values are strings). */
function compileNumeric(operand: unknown, path: string): Condition {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length % 2 !== 0 || operand.length > 4) {
    throw new EventFilterError(`numeric at ${path} takes one or two operator-number pairs.`);
  }
  const checks: ((candidate: number) => boolean)[] = [];
  for (let index = 0; index < operand.length; index += 2) {
    const compare = COMPARISONS[String(operand[index])];
    const bound: unknown = operand[index + 1];
    if (!compare || typeof bound !== 'number' || !Number.isFinite(bound)) throw new EventFilterError(`numeric at ${path} has an invalid comparison.`);
    checks.push((candidate) => compare(candidate, bound));
  }
  return (candidate, present) => present && typeof candidate === 'number' && checks.every((check) => check(candidate));
}

function fieldOf(container: unknown, name: string): unknown {
  if (typeof container !== 'object' || container === null || Array.isArray(container)) return undefined;
  return (container as Record<string, unknown>)[name];
}

function isLeaf(value: unknown): value is Leaf {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function equalsLeaf(candidate: unknown, expected: Leaf): boolean {
  return candidate === expected;
}
