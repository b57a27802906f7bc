/**
 * `npm run deploy:check -- mailDomain=clinic.example alarmEmail=ops@clinic.example`: a deploy
 * rehearsal, offline. Synthesizes the stack with that context (cdk.json's flags, no bundling), which
 * runs cdk-nag's packs and fails on any unacknowledged finding, then prints every step that is still
 * manual for this context.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { buildCasefileApp, CONTEXT_KEYS, readDeployContext } from '../lib/casefileApp';
import { REPO_ROOT } from '../lib/paths';
import { manualSteps } from '../lib/manualSteps';

const cdkJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
const given = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, ...rest] = arg.split('=');
    if (!key || rest.length === 0 || !(CONTEXT_KEYS as readonly string[]).includes(key)) throw new Error(`Expected key=value with a key among ${CONTEXT_KEYS.join(', ')}; got ${arg}`);
    return [key, rest.join('=')];
  }),
);

const app = new App({ context: { ...cdkJson.context, ...given, 'aws:cdk:bundling-stacks': [] } });
const { stack, edge } = buildCasefileApp(app);
try {
  app.synth();
} catch (error) {
  console.error(`Synthesis failed (cdk-nag or CDK validation):\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const warnings = [stack, edge].flatMap((s) => s.node.findAll()).flatMap((c) => c.node.metadata.filter((m) => m.type === 'aws:cdk:warning').map((m) => String(m.data)));
console.log(`Synthesized ${stack.stackName} and ${edge.stackName} (${edge.region}): cdk-nag AwsSolutions and HIPAA Security passed.`);
for (const warning of warnings) console.log(`WARNING ${warning}`);
console.log('\nStill to do by hand:');
manualSteps(readDeployContext(app)).forEach((step, i) => console.log(`${i + 1}. ${step}`));
