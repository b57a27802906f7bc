/**
 * The web apps in AWS: the booking pages upload under `book/` without the console's upload pruning
 * them, and CloudFront's rewrite serves each app's index.html for its client-side routes, manage
 * links (which end in a dotted, signed token) included.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthStack } from './synthStack';

function builtApp(name: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'casefile-web-')), name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  return dir;
}

const { template } = synthStack({ web: { consoleDir: builtApp('console'), bookingDir: builtApp('booking') } });

type Rewrite = (event: { request: { uri: string } }) => { uri: string };

function spaRewrite(): Rewrite {
  // The SPA rewrite is the viewer-request function of the default behaviour (the other sets the viewer address on /api/*).
  const functions = (Object.values(template.findResources('AWS::CloudFront::Function')) as { Properties: { Name: unknown; FunctionCode: string } }[]).filter((fn) => fn.Properties.FunctionCode.includes('index.html'));
  expect(functions).toHaveLength(1);
  return new Function(`${functions[0]!.Properties.FunctionCode}; return handler;`)() as Rewrite;
}

describe('web deployment', () => {
  it('uploads the booking pages under book/ and keeps the console upload away from them', () => {
    const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment')).map((resource) => (resource as { Properties: Record<string, unknown> }).Properties);
    const booking = deployments.find((props) => props.DestinationBucketKeyPrefix === 'book/');
    expect(booking).toMatchObject({ DistributionPaths: ['/book/*'] });
    const console = deployments.find((props) => JSON.stringify(props.DistributionPaths) === '["/*"]');
    expect(console?.Exclude).toEqual(expect.arrayContaining(['book/*']));
  });

  it.each([
    ['/book/riverside', '/book/index.html'],
    ['/book/riverside/01JDEM0C11N1C0000000000001', '/book/index.html'],
    ['/book/manage/eyJhbGciOiJIUzI1NiJ9.eyJjaWQiOiIwMUoifQ.c2lnbmF0dXJl', '/book/index.html'],
    ['/book/assets/index-Dt7jwNeg.js', '/book/assets/index-Dt7jwNeg.js'],
    ['/book/assets/index-qjtT-NO7.css', '/book/assets/index-qjtT-NO7.css'],
    ['/clients/01JDEM0C11N1C0000000000001', '/index.html'],
    ['/favicon.ico', '/favicon.ico'],
  ])('serves %s from %s', (uri, served) => {
    expect(spaRewrite()({ request: { uri } }).uri).toBe(served);
  });
});
