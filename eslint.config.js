import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Article text is untrusted: never hand it to the DOM as HTML.
const NO_HTML = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Article text must render as text, never HTML.' },
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Article text must render as text, never HTML.' },
];
const FEATURES = ['articles', 'timeline', 'compare', 'entities', 'outlets', 'review', 'share', 'story'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/out'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...NO_HTML],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Imports flow one way: shared (components, lib) → features → app; no feature imports another.
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app.' }] }],
    },
  },
  {
    // Ingest stages are small pure functions: none imports another (shared helpers live in src/pipeline/text/), and
    // none reads the clock, so a build today and a build next year give the same corpus.
    files: ['src/pipeline/stages/**'],
    rules: {
      // Replaces the rule's list for these files, so it repeats the HTML ban.
      'no-restricted-syntax': [
        'error',
        ...NO_HTML,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'A stage must not read the clock: dates come from the context.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'A stage must not read the clock: dates come from the context.' },
      ],
    },
  },
  {
    files: ['src/pipeline/stages/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\./', message: 'A stage must not import another stage; share through src/pipeline/text/.' }] }],
    },
  },
  {
    files: ['src/pipeline/stages/*/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./[^./]', message: 'A stage must not import another stage; share through src/pipeline/text/.' }] }],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/*', '**/app/**'], message: 'Features must not import the app.' },
            {
              group: FEATURES.filter((other) => other !== feature).flatMap((other) => [
                `**/features/${other}/**`,
                `../${other}/**`,
                `../../${other}/**`,
              ]),
              message: 'A feature must not import another feature; share through src/lib or src/components.',
            },
          ],
        },
      ],
    },
  })),
);
