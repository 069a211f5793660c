import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.config.*', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', console: 'readonly' } },
  },
);
