/**
 * How every Lambda is bundled, in esbuild's own terms, so the CDK construct and `npm run bench:cold`
 * build the very same bundle.
 */

// ESM bundles have no `require`; some CommonJS dependencies still call it.
export const REQUIRE_SHIM = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * Packages replaced in bundles, by a file relative to the repository root (see each file for why).
 * The AWS SDK itself stays bundled (`bundleAwsSDK: true` in the construct): leaving it to the runtime's
 * copy would cut about 300 KB per bundle, but run an SDK version no test has seen, and the runtime
 * still has to load its own copy on a cold start.
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  jsonschema: './infra/lib/jsonschemaStub.ts',
  '@aws-sdk/credential-provider-node': './infra/lib/lambdaCredentials.ts',
};

export const LAMBDA_BUNDLING = {
  format: 'esm',
  target: 'node22',
  platform: 'node',
  mainFields: ['module', 'main'],
  banner: REQUIRE_SHIM,
  minify: true,
  sourceMap: true,
  sourcesContent: false,
} as const;
