/** Synthesizes the stack for assertions, with cdk.json's context and without bundling (no esbuild). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
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
