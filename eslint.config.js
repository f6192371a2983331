// Lint: typescript-eslint for the TypeScript, eslint-plugin-lit for templates, eslint-plugin-wc for custom
// element rules, eslint-plugin-lit-a11y for accessibility in templates. Formatting is Prettier's job
// (.prettierrc.json); `npm test` runs both and fails on any error.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

const a11y = litA11y.default ?? litA11y;

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.bench/**',
      'coverage/**',
      '.cem-*/**',
      'src/places/councils.data.ts',
      'src/schema/generated/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'lit-a11y': a11y },
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: {
      ...a11y.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Our elements are registered by define.ts files, so wc cannot see the tag next to the class.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'src/test-support/**'],
    rules: {
      // Tests build hostile and partial offers as loose objects on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai: expect(x).to.exist is an assertion, not an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Stubbing a prototype method needs the element it was called on.
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    files: ['cli/**/*.ts', 'scripts/**/*.mjs', 'test/**/*.mjs', 'bin/**/*.js', '*.config.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
);
