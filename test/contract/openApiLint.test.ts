/**
 * The API description is checked by two independent linters, not by our own code: Spectral with its
 * OpenAPI ruleset (`spectral:oas`) and Redocly with its `recommended` rules. Any error or warning fails.
 */
import { Document, type RulesetDefinition, Spectral } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@casefile/functions/openapi';

const source = JSON.stringify(buildOpenApiDocument(), null, 2);

/** Spectral severities: 0 error, 1 warning, 2 info, 3 hint. */
const SPECTRAL_WARNING = 1;

describe('the OpenAPI document', () => {
  it('passes Spectral’s OpenAPI ruleset without errors or warnings', async () => {
    const spectral = new Spectral();
    // The ruleset's declared type is looser than RulesetDefinition (its formats are typed as plain functions); Spectral's docs pass it as is.
    spectral.setRuleset({ extends: [[oas as RulesetDefinition, 'recommended']] });
    const results = await spectral.run(new Document(source, Json, 'openapi.json'));
    const findings = results.filter((result) => result.severity <= SPECTRAL_WARNING).map((result) => `${result.code} at ${result.path.join('.')}: ${result.message}`);
    expect(findings).toEqual([]);
  });

  it('passes Redocly’s recommended rules without errors or warnings', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const findings = problems.map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer ?? ''}: ${problem.message}`);
    expect(findings).toEqual([]);
  });
});
