import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Tests assert on values they just created; `!` there states a fact the test checks anyway.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
