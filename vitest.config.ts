import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'hosts/*/test/**/*.test.ts', 'functions/test/**/*.test.ts', 'web/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/bench/**'],
    // Test files share their worker's DynamoDB Local, each in tables of its own (test/setup/fileDynamo.ts).
    setupFiles: ['test/setup/perFileDynamo.ts'],
    // The demo seed, once per run; test worlds load it instead of seeding (test/setup/seedSnapshot.ts);
    // the folder where each worker records its DynamoDB Local, stopped when the run ends (dynamoWorkers.ts).
    globalSetup: ['test/setup/seedSnapshot.ts', 'test/setup/dynamoWorkers.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    env: {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_DEV: 'false',
      // Request logs are for production; the log-privacy test turns them back on for itself.
      LOG_LEVEL: 'WARN',
    },
  },
});
