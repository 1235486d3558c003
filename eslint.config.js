// The house rules that keep renkei's dependencies running one way (README "Layout"):
// routes → commands/queries/view models → views; a view is a leaf that takes view data as props.
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/**
 * Pure leaf modules of src/ that views may import values from: Japanese labels and the fixed
 * lists they label (`src/lib/labels/<feature>.ts`), URL builders (`src/lib/paths/<feature>.ts`) and
 * display formatting (`src/lib/format.ts`: JST dates, 令和, numbers).
 */
const LEAF = String.raw`lib/(format|labels/[A-Za-z]+|paths/[A-Za-z]+)\.ts$`;

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'migrations/',
      'static/',
      'e2e/artifacts/',
      'bench/out/',
      '.tmp/',
      'tests/fixtures/',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      // No dead code: an import or variable nobody reads is a left-over.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Smaller rooms: a file that grows past this is doing two jobs.
    files: ['src/**/*.{ts,tsx}', 'views/**/*.{ts,tsx}'],
    ignores: ['src/db/schema.ts', 'src/demo/bundle.ts'],
    rules: { 'max-lines': ['error', { max: 350 }] },
  },
  {
    // Views are leaves: other views, hono/jsx, type-only imports from src/, and the pure leaf modules.
    files: ['views/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^(\.\./)+src/(?!${LEAF})`,
              allowTypeImports: true,
              message:
                'views/ は src/ のロジックを読み込めません（型と lib/labels・lib/paths・lib/format.ts だけ）。表示に必要な値はルートで計算して props で渡してください。',
            },
            {
              regex: String.raw`^(drizzle-orm|better-sqlite3|zod)(/.*)?$|^hono$|^hono/(?!jsx$|jsx/|jsx-renderer$|html$)`,
              allowTypeImports: true,
              message: 'views/ はデータベースや HTTP のモジュールを読み込めません。',
            },
          ],
        },
      ],
    },
  },
  {
    // Only routes, the app and render adapters reach into views/.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app.tsx', 'src/**/*Routes.tsx', 'src/**/render.tsx', 'src/http/inlineValidationRoutes.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`(^|/)views/`,
              message:
                'src/ のロジックは views/ を読み込めません。views/ を使えるのはルート（*Routes.tsx）、src/app.tsx、render.tsx だけです。',
            },
          ],
        },
      ],
    },
  },
  {
    // The leaf modules stay leaves: they import only each other (and types).
    files: ['src/lib/format.ts', 'src/lib/labels/*.ts', 'src/lib/paths/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // another leaf, or a sibling of the same folder such as ./cases.ts
              regex: String.raw`^\.(?!/[A-Za-z]+\.ts$|.*${LEAF})`,
              allowTypeImports: true,
              message: 'lib/labels・lib/paths・lib/format.ts は他の葉モジュールと型だけを読み込めます。',
            },
            { regex: '^[^.]', allowTypeImports: true, message: '葉モジュールは外部パッケージを読み込めません。' },
          ],
        },
      ],
    },
  },
  {
    // format.ts's siblings in src/lib are not leaves: it imports nothing of its own.
    files: ['src/lib/format.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '.', allowTypeImports: true, message: 'lib/format.ts は何も読み込めません（型を除く）。' },
          ],
        },
      ],
    },
  },
);
