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
 * The stack's resources with those of its nested stacks (monitoring) merged in, each nested parameter
 * replaced by the value the parent passes: a reference reads as if the resource sat in the parent.
 */
export function allResources(stack: Stack): Resources {
  const parent = Template.fromStack(stack).toJSON().Resources as Resources;
  const merged: Resources = { ...parent };
  for (const nested of stack.node.findAll().filter((construct): construct is NestedStack => NestedStack.isNestedStack(construct))) {
    const passed = (parent[stack.getLogicalId(nested.nestedStackResource as CfnElement)]?.Properties?.Parameters ?? {}) as Record<string, unknown>;
    const resolve = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(resolve);
      if (value && typeof value === 'object') {
        const ref = (value as { Ref?: unknown }).Ref;
        if (typeof ref === 'string' && ref in passed) return passed[ref];
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner)]));
      }
      return value;
    };
    Object.assign(merged, resolve(Template.fromStack(nested).toJSON().Resources));
  }
  return merged;
}
