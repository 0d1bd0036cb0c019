import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// The background owns the network and the database (STYLE.md 4, 11): these imports are banned elsewhere.
const networkAndDb = [
  { name: 'ky', message: 'Only lib/api/ talks to the network.' },
  { name: 'dexie', message: 'Only lib/db/ and the background side use IndexedDB.' },
];
const uiSide = ['entrypoints/karbon.content/**', 'entrypoints/popup/**', 'entrypoints/options/**', 'components/**'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: uiSide,
    rules: {
      // Types may cross (they vanish at build); code from the database, network or sync layers may not.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: networkAndDb.map((p) => ({ ...p, allowTypeImports: true })),
          patterns: [
            { group: ['**/lib/db/*', '**/lib/api/*', '**/lib/sync', '**/lib/sync/*'], allowTypeImports: true },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The background owns the network: send a message.' },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/api/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [networkAndDb[0]] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Inject fetch; only lib/api/ calls it.' }],
    },
  },
  prettier,
);
