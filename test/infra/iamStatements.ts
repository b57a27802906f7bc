/** The IAM statements a synthesized template gives a role, normalized for assertions. */
import type { Template } from 'aws-cdk-lib/assertions';

export interface Statement {
  effect: 'Allow' | 'Deny';
  actions: string[];
  /** Each resource as JSON (`{"Fn::GetAtt":["Key","Arn"]}`), so intrinsic references compare as strings. */
  resources: string[];
  condition?: Record<string, unknown>;
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function statementsOfRole(template: Template, roleLogicalId: string): Statement[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as { Properties: { Roles?: unknown[]; PolicyDocument: { Statement: Record<string, unknown>[] } } }[];
  return policies
    .filter((policy) => list(policy.Properties.Roles).some((role) => JSON.stringify(role) === JSON.stringify({ Ref: roleLogicalId })))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
    .map((s) => ({
      effect: s.Effect as Statement['effect'],
      actions: list(s.Action as string | string[]),
      resources: list(s.Resource).map((r) => JSON.stringify(r)),
      ...(s.Condition ? { condition: s.Condition as Record<string, unknown> } : {}),
    }));
}

/** IAM's wildcard match for action names (`kms:GenerateDataKey*`). */
export function actionMatches(granted: string, wanted: string): boolean {
  const pattern = new RegExp(`^${granted.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
  return pattern.test(wanted);
}

/** Whether some Allow statement without conditions grants `action` on `resource` (a JSON-encoded reference). */
export function allows(statements: Statement[], action: string, resource: string): boolean {
  return statements.some((s) => s.effect === 'Allow' && !s.condition && s.actions.some((a) => actionMatches(a, action)) && s.resources.includes(resource));
}
