/**
 * cdk-nag 3 runs as a CDK validation plugin: a violation fails `cdk synth`. Acknowledging a rule
 * (cdk-nag's suppression) is CDK's own `Validations.acknowledge`, which always carries a reason.
 */
import { Validations, type Stage } from 'aws-cdk-lib';
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

/** Acknowledges rules for `scope` and everything under it. */
export function acknowledge(scope: IConstruct, ...rules: NagAcknowledgment[]): void {
  Validations.of(scope).acknowledge(...rules);
}
