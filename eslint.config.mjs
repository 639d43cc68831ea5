// Lint rules that hold the architecture in place: dependency direction between projects,
// and determinism in workflow code (Temporal replays it, so it must not touch the outside world).
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
const sideEffectPackages = [
  'typeorm',
  'pg',
  'better-sqlite3',
  'nodemailer',
  'express',
  'pino',
  '@nestjs/*',
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/activity',
  '@temporalio/testing',
  '@tdkt/persistence',
  '@tdkt/activities',
  '@tdkt/temporal',
  '@tdkt/config',
  '@tdkt/testing',
];
const pureCodeRestrictions = (allowed = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins here: this code must be deterministic and free of I/O.' })),
      patterns: [
        {
          group: sideEffectPackages.filter((p) => !allowed.includes(p)),
          message: 'No I/O packages here: put side effects in activities/ or apps/.',
        },
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.nx/**',
      'data/**',
      '.cache/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
      'apps/web/src/api/schema.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  { plugins: { '@nx': nx } },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'] },
            // type:testing is for specs only: no-restricted-imports below keeps it out of workflow code.
            { sourceTag: 'type:workflows', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:testing'] },
            {
              sourceTag: 'type:activities',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:data', 'type:util', 'type:testing'],
            },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:testing'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:contracts', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:contracts', 'type:data'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'scope:api', notDependOnLibsWithTags: ['type:workflows', 'type:activities'] },
          ],
        },
      ],
    },
  },
  // The web app: React's rules of hooks (and the React Compiler's checks, which flag code it could not optimise).
  { files: ['apps/web/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  { files: ['libs/domain/src/**/*.ts'], ignores: ['**/*.spec.ts'], rules: pureCodeRestrictions() },
  { files: ['workflows/src/**/*.ts'], ignores: ['**/*.spec.ts'], rules: pureCodeRestrictions() },
);
