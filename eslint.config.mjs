// ESLint 9 flat config with typescript-eslint, type-aware (projectService reads tsconfig.json).
// The rules that matter most here: no floating promises (a dropped rejection in a bot turn
// loses the user's answer silently) and no `any` (STYLE.md: strict TypeScript).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'data/**', '**/*.js', '**/*.cjs', '**/*.mjs', 'web/dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      // A warning: unused code is untidy, not unsafe.
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Start-up (BENCHMARKS.md): heavy packages the running bot must not load at start.
    // Types are fine (erased); values come from dialogs/core/framework.ts, and blob storage is
    // imported dynamically by bot/storage/blobs.ts only when STORAGE=blobs.
    files: ['bot/**/*.ts', 'dialogs/**/*.ts', 'cards/**/*.ts', 'rules/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'botbuilder-dialogs', allowTypeImports: true, message: 'Import values from dialogs/core/framework.ts: the index also loads the prompts and their recognizers (~250 ms at start-up).' },
            { name: '@azure/storage-blob', allowTypeImports: true, message: 'Load it with import() when blob storage is used (bot/storage/blobs.ts).' },
            { name: 'botbuilder-azure-blobs', allowTypeImports: true, message: 'Load it with import() when blob storage is used (bot/storage/blobs.ts).' },
          ],
        },
      ],
    },
  },
  {
    // Outside tsconfig.json: linted without type information.
    files: ['bench/**/*.ts', 'vitest.config.ts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
);
