import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'artifacts/', '.cache/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.browser, ...globals.node, ...globals.webextensions}},
    rules: {
      // Page content is hostile: never turn it into markup.
      'no-restricted-properties': ['error',
        {property: 'innerHTML', message: 'Render text, never HTML (page content is hostile).'},
        {property: 'outerHTML', message: 'Render text, never HTML (page content is hostile).'},
        {property: 'insertAdjacentHTML', message: 'Render text, never HTML (page content is hostile).'},
      ],
      'no-restricted-syntax': ['error',
        {selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]', message: 'Render text, never HTML.'},
      ],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    // The one module that may import the polyfill is src/browser.ts.
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/browser.ts'],
    rules: {
      'no-restricted-imports': ['error', {paths: [{name: 'webextension-polyfill', message: 'Import browser APIs from src/browser.ts.'}]}],
    },
  },
);
