// Lint configuration: typescript-eslint's recommended rules plus the project's layering rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-check/**', 'build/**', 'node_modules/**', 'coverage/**', 'plangate-report/**', 'bench/generated/**',
      'src/rego/runtime/assembly/**', 'action/dist/**', 'action/build/**', '.cache/**', 'test/**/artifacts/**',
      'docs/api/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 600, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'bin/*'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', WebAssembly: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Dependencies flow one way: reports know only the results model; inputs and rego know nothing of the engine or CLI.
    files: ['src/report/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/rego/**', '**/engine/**', '**/cli/**', '**/action/**', '**/inputs/**'] }] },
  },
  {
    files: ['src/rego/**/*.ts', 'src/inputs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/engine/**', '**/cli/**', '**/action/**', '**/report/**'] }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/cli/**', '**/action/**'] }] },
  },
);
