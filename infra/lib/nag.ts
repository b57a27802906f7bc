/**
 * cdk-nag 3 runs as a CDK validation plugin: a violation fails `cdk synth`. Acknowledging a rule
 * (cdk-nag's suppression) is CDK's own `Validations.acknowledge`, which always carries a reason.
 */
import { Stack, Validations, type Stage } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, type NagPack } from 'cdk-nag';
import type { IConstruct } from 'constructs';

export function compliancePacks(): NagPack[] {
  return [new AwsSolutionsChecks(), new HIPAASecurityChecks()];
}

/** Gates synthesis on both packs; the template records each acknowledgment and its reason as `cdk_nag` metadata. */
export function addCompliancePacks(app: Stage): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }), new HIPAASecurityChecks());
}

export interface NagAcknowledgment {
  /** The rule id, with the finding in brackets where the rule reports findings (`AwsSolutions-IAM5[Resource::*]`). */
  id: string;
  reason: string;
}

/**
 * A value as cdk-nag prints it in a finding id: literal parts as they are, each intrinsic as its JSON
 * (`casefile-{"Fn::Select":[...]}`), so acknowledgments can name resources whose names are tokens.
 */
export function asInFindings(scope: IConstruct, value: string): string {
  const resolved: unknown = Stack.of(scope).resolve(value);
  if (typeof resolved === 'string') return resolved;
  const join = (resolved as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join && join[0] === '') return join[1].map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join('');
  return JSON.stringify(resolved);
}

/** Acknowledges rules for `scope` and everything under it. */
export function acknowledge(scope: IConstruct, ...rules: NagAcknowledgment[]): void {
  Validations.of(scope).acknowledge(...rules);
}
