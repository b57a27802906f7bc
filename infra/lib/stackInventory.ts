/** Every Casefile function and queue under a scope, by a readable name, so monitoring covers what later constructs add. */
import { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { CasefileFunction } from './constructs/casefileFunction';

/** `Http/clients` -> `Http-clients`: the construct path below the scope, usable as a construct id. */
function readableName(scope: IConstruct, construct: IConstruct): string {
  return construct.node.path.slice(scope.node.path.length + 1).replaceAll('/', '-');
}

export function everyFunction(scope: IConstruct): Record<string, IFunction> {
  return Object.fromEntries(
    scope.node
      .findAll()
      .filter((c): c is CasefileFunction => c instanceof CasefileFunction)
      .map((c) => [readableName(scope, c), c.function]),
  );
}

/** Each function's live alias, by the same names: what callers invoke, so what alarms watch. */
export function everyAlias(scope: IConstruct): Record<string, IFunction> {
  return Object.fromEntries(
    scope.node
      .findAll()
      .filter((c): c is CasefileFunction => c instanceof CasefileFunction)
      .map((c) => [readableName(scope, c), c.alias]),
  );
}

export function everyQueue(scope: IConstruct): Record<string, Queue> {
  return Object.fromEntries(
    scope.node
      .findAll()
      .filter((c): c is Queue => c instanceof Queue)
      .map((c) => [readableName(scope, c), c]),
  );
}

export function everyAlarm(scope: IConstruct): Alarm[] {
  return scope.node.findAll().filter((c): c is Alarm => c instanceof Alarm);
}
