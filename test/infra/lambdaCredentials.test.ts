import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_ALIASES } from '../../infra/lib/lambdaBundling';
import { defaultProvider } from '../../infra/lib/lambdaCredentials';

describe("Lambda bundles' credential provider", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('replaces the default chain in every bundle', () => {
    expect(BUNDLE_ALIASES['@aws-sdk/credential-provider-node']).toBe('./infra/lib/lambdaCredentials.ts');
  });

  it("reads the role's credentials Lambda puts in the environment", async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDLAMBDA');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'session');
    await expect(defaultProvider()()).resolves.toMatchObject({ accessKeyId: 'AKIDLAMBDA', secretAccessKey: 'secret', sessionToken: 'session' });
  });

  it('fails when the environment has none', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    await expect(defaultProvider()()).rejects.toThrow(/environment variable credentials/);
  });
});
