import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'cdk.out/**', '**/dist/**', '.data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
          message: "Use `import * as z from 'zod'`: esbuild cannot tree-shake zod's `z` object, which carries every locale (260 KB) into each bundle.",
        },
      ],
    },
  },
  {
    // core is pure: no AWS, no ElectroDB, no I/O.
    files: ['packages/core/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@aws-sdk/*', 'electrodb', 'node:*', '@casefile/*'] }],
    },
  },
  {
    files: ['packages/db/src/**', 'packages/adapters/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@casefile/functions*', '@casefile/local*', '@casefile/db*', '@casefile/adapters*'] }] },
  },
  {
    files: ['functions/src/**', 'infra/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@casefile/local*'] }] },
  },
  {
    // The web apps run in browsers and know the API only by its contract: types from core, nothing else of ours.
    files: ['web/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@casefile/*'], allowTypeImports: true, message: 'Web apps may import only types of the API contract from @casefile/core.' }] },
      ],
    },
  },
  {
    // Development scripts of a web app run in Node (e.g. writing the OpenAPI document the console's types come from).
    files: ['web/*/scripts/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
