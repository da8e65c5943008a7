// Lint rules of the project. The one that matters most: src/core is the pure core (no Node, Astro or browser APIs, no
// clock), so it runs the same in the data build, in Astro's render and in tests; that rule is enforced here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const coreImports = {
  patterns: [
    { group: ['node:*'], message: 'src/core is pure: Node APIs belong in scripts/ or src/astro-adapter/.' },
    { group: ['astro:*', 'astro'], message: 'src/core is pure: Astro APIs belong in src/astro-adapter/ or pages.' },
    {
      group: ['**/astro-adapter/**', '**/browser/**', '**/scripts/**'],
      message: 'src/core must not depend on outer layers.',
    },
  ],
  paths: ['fs', 'path', 'os', 'url', 'child_process', 'zlib', 'crypto'].map((name) => ({
    name,
    message: 'src/core is pure: Node APIs belong in scripts/ or src/astro-adapter/.',
  })),
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist.*/',
      'build/',
      'build.*/',
      '.astro/',
      'node_modules/',
      'bench/.tmp/',
      'test/.tmp/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreImports],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'localStorage', 'process', 'Buffer', 'require'].map(
          (name) => ({ name, message: 'src/core is pure: no browser or Node globals.' }),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core never reads the clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core never reads the clock.',
        },
      ],
    },
  },
  {
    // Tests read parsed XML and JSON whose shape they are checking; typing every probe would add nothing.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/browser/**/*.ts', 'src/components/**/*.astro', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
