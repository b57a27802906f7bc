/** Synthesizes the stack for assertions, with cdk.json's context and without bundling (no esbuild). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App, type CfnElement, NestedStack, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { CasefileStack, type CasefileStackProps } from '../../infra/lib/casefileStack';
import { REPO_ROOT } from '../../infra/lib/paths';

const cdkJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };

export function newApp(): App {
  return new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
}

export function synthStack(props: CasefileStackProps = {}): { stack: CasefileStack; template: Template } {
  const stack = new CasefileStack(newApp(), 'Casefile', props);
  return { stack, template: Template.fromStack(stack) };
}

/** The logical id of an L2 construct's CloudFormation resource. */
export function logicalIdOf(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

/**
 * The stack's resources with those of its nested stacks (API routes, monitoring) merged in: each
 * nested parameter replaced by the value the parent passes, and each parent read of a nested output
 * by the output's value, so a reference reads as if every resource sat in one template.
 */
export function allResources(stack: Stack): Resources {
  const parent = Template.fromStack(stack).toJSON().Resources as Resources;
  const merged: Resources = {};
  const outputs = new Map<string, unknown>();
  for (const nested of stack.node.findAll().filter((construct): construct is NestedStack => NestedStack.isNestedStack(construct))) {
    const nestedId = stack.getLogicalId(nested.nestedStackResource as CfnElement);
    const passed = (parent[nestedId]?.Properties?.Parameters ?? {}) as Record<string, unknown>;
    const resolve = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(resolve);
      if (value && typeof value === 'object') {
        const ref = (value as { Ref?: unknown }).Ref;
        if (typeof ref === 'string' && ref in passed) return passed[ref];
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner)]));
      }
      return value;
    };
    const template = Template.fromStack(nested).toJSON() as { Resources: Resources; Outputs?: Record<string, { Value: unknown }> };
    Object.assign(merged, resolve(template.Resources));
    for (const [name, output] of Object.entries(template.Outputs ?? {})) outputs.set(JSON.stringify({ 'Fn::GetAtt': [nestedId, `Outputs.${name}`] }), resolve(output.Value));
  }
  const readOutputs = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(readOutputs);
    if (value && typeof value === 'object') {
      const output = outputs.get(JSON.stringify(value));
      if (output !== undefined) return output;
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, readOutputs(inner)]));
    }
    return value;
  };
  return { ...(readOutputs(parent) as Resources), ...merged };
}

/** `allResources` as a template, for the assertions library's matchers. */
export function mergedTemplate(stack: Stack): Template {
  return Template.fromJSON({ Resources: allResources(stack) });
}
