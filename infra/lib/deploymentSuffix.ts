/**
 * A suffix unique to one creation of a stack: the UUID in its stack id. Resources that must have a
 * name and outlive their stack (retained) take it, so a deploy after a failed first create, or beside
 * a deleted stack's leftovers, never meets AlreadyExists.
 */
import { Fn, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export function deploymentSuffix(scope: IConstruct): string {
  return Fn.select(2, Fn.split('/', Stack.of(scope).stackId));
}
