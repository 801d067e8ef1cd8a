import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', '.tmp', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // React components and stores read snapshots; only the domain layer and the sync layer write to Yjs.
    files: ['src/ui/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'yjs', message: 'Write through src/domain operations; read snapshots from src/state.' },
          ],
        },
      ],
      // A space store's card record is changed in place (src/state/spaceStore.ts): selected whole, it
      // would never look changed.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ArrowFunctionExpression > MemberExpression.body[object.name='state'][property.name='cards']",
          message: 'Select one card by id (selectCard) or hold them all with useAllCards.',
        },
        {
          selector:
            "ArrowFunctionExpression > ConditionalExpression.body > MemberExpression[object.name='state'][property.name='cards']",
          message: 'Select one card by id (selectCard) or hold them all with useAllCards.',
        },
      ],
    },
  },
);
