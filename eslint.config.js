// Lint: ESLint's and typescript-eslint's recommended rules everywhere, and Office.js's load/sync rules
// where code drives Excel. Formatting is Prettier's alone (eslint-config-prettier turns off the rules it
// owns); `npm run lint` checks both.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const prettier = require('eslint-config-prettier');

// The Node globals the plain JavaScript files use; `sourceType: 'commonjs'` adds require and module.
const NODE_GLOBALS = { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', __dirname: 'readonly' };

module.exports = tseslint.config(
  { ignores: ['build/', 'build-*/', 'dist/', 'dist-*/', 'release/', 'test-output/', 'node_modules/', 'examples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // As tsc's noUnusedParameters: a leading underscore marks a parameter the signature needs and the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `import x = require('x')` is TypeScript's static import of a CommonJS module; a bare require() stays
      // for what is loaded on first use (start-up speed) or chosen at run time, with its reason beside it.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      // Control characters in our patterns are the point: XML 1.0, file names and sheet names forbid them,
      // and messages show them escaped.
      'no-control-regex': 'off',
    },
  },
  {
    // Code that drives Office.js: the add-in, and the tests and test tools that act as its client.
    // The in-memory host and its own tests are left out: their job is to prove that Excel's load and sync
    // rules throw, so they read before loading and sync in loops on purpose.
    files: ['addin/**/*.ts', 'test/**/*.ts'],
    ignores: ['test/excel-host/**', 'test/excel-host.test.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // The core and the pane compile to ES5 with ES5's library (old Office's IE11 engine): a spread
    // needs iterators it does not have, so push.apply and concat stay (test/ledger/es5-lib.test.ts).
    files: ['ledger/**/*.ts', 'addin/**/*.ts'],
    rules: { 'prefer-spread': 'off' },
  },
  {
    // Plain CommonJS run by Node as written: webpack configurations and the tests' set-up step.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: NODE_GLOBALS },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
