import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { CasefileStack, type CasefileStackProps } from '../../infra/lib/casefileStack';
import { addCompliancePacks, compliancePacks } from '../../infra/lib/nag';
import { newApp, synthStack } from './synthStack';

function builtWebApps(): CasefileStackProps['web'] {
  const root = mkdtempSync(path.join(tmpdir(), 'casefile-web-'));
  const dir = (name: string) => {
    mkdirSync(path.join(root, name));
    writeFileSync(path.join(root, name, 'index.html'), '<!doctype html>');
    return path.join(root, name);
  };
  return { consoleDir: dir('console'), bookingDir: dir('booking') };
}

describe.each([
  ['without built web apps', {}],
  ['with built web apps (BucketDeployment)', { web: builtWebApps() }],
] as const)('cdk-nag, %s', (_name, props: CasefileStackProps) => {
  const { stack } = synthStack(props);

  it.each(compliancePacks().map((pack) => [pack.readPackName, pack] as const))('%s finds no unacknowledged error or warning', (_pack, pack) => {
    const findings = pack.validateScope(stack).violations.map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    expect(findings).toEqual([]);
  });

  it('gives every acknowledgment a specific reason', () => {
    const acknowledgments = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(acknowledgments.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledgments) expect(reason.length, id).toBeGreaterThan(40);
  });
});

describe('synthesis with the compliance packs registered, as in infra/bin/app.ts', () => {
  it('succeeds for the stack as it is', () => {
    const app = newApp();
    new CasefileStack(app, 'Casefile');
    addCompliancePacks(app);
    expect(() => app.synth()).not.toThrow();
  });

  it('fails when a pack finds a violation', () => {
    const app = newApp();
    const stack = new CasefileStack(app, 'Casefile');
    new Bucket(stack, 'Unlogged');
    addCompliancePacks(app);
    expect(() => app.synth()).toThrow(/AwsSolutions-S1\b/);
  });
});
