import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering is enforced by build-scripts/layering.mjs (run by the test suite); these rules catch
// the obvious cases at edit time too.
const forbid = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group, message })) }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [['electron', 'node:*', 'react', 'react-dom', 'dexie', '**/renderer/**', '**/electron/**']],
        'shared/ is pure TypeScript: no framework, DOM, Node or app imports',
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': forbid([['electron', '**/electron/**']], 'renderer/ imports shared/ only'),
    },
  },
  {
    files: ['electron/hub/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid([['electron', 'electron-store', '**/main/**', '**/preload/**']], 'the hub is plain Node'),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/hub/**'],
    rules: { 'no-restricted-imports': forbid([['**/renderer/**']], 'electron/ imports shared/ only') },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'build-scripts/**/*.{mjs,mts}', '*.mts', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
