// The house rules of README "Layout" hold because ESLint refuses what breaks them (npm test runs
// `npm run lint`); these tests show the rules failing on deliberate violations, so a change to
// eslint.config.js that quietly drops one is caught.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root, ignore: false });

/** The rule ids ESLint reports for `code` as if it were the file at `path` (repo-relative). */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('views are leaves', () => {
  it('refuses a view that imports logic or the database', async () => {
    const page = [
      "import { findResponse } from '../../src/questionnaire/queries.ts';",
      "import { eq } from 'drizzle-orm';",
      'export const Page = () => <p>{String(findResponse)}{String(eq)}</p>;',
    ].join('\n');
    expect(await violations('views/questionnaire/fixturePage.tsx', page)).toEqual([
      '@typescript-eslint/no-restricted-imports',
      '@typescript-eslint/no-restricted-imports',
    ]);
  });

  it('lets a view import types, labels, paths and formatting', async () => {
    const page = [
      "import type { Project } from '../../src/context.ts';",
      "import { AGE_BAND_LABEL } from '../../src/lib/labels/questionnaire.ts';",
      "import { projectPath } from '../../src/lib/paths/projects.ts';",
      "import { formatDate } from '../../src/lib/format.ts';",
      "import { Layout } from '../layout/layout.tsx';",
      'export const Page = (p: { project: Project }) => (',
      '  <Layout title="x" project={p.project}>',
      '    <a href={projectPath(p.project.id)}>{AGE_BAND_LABEL["0-15"]}{formatDate("2024-12-24")}</a>',
      '  </Layout>',
      ');',
    ].join('\n');
    expect(await violations('views/questionnaire/fixturePage.tsx', page)).toEqual([]);
  });
});

describe('only routes reach into views', () => {
  const importsView = "import { Layout } from '../../views/layout/layout.tsx';\nexport const page = Layout;\n";

  it('refuses views in a command, query or pure module of src/', async () => {
    for (const path of ['src/questionnaire/commands.ts', 'src/cases/queries.ts', 'src/lib/validation.ts']) {
      expect(await violations(path, importsView), path).toEqual(['@typescript-eslint/no-restricted-imports']);
    }
  });

  it('lets route files and render adapters render views', async () => {
    for (const path of ['src/questionnaire/staffRoutes.tsx', 'src/cases/agencyRoutes.tsx', 'src/packet/render.tsx']) {
      expect(await violations(path, importsView), path).toEqual([]);
    }
  });

  it('keeps labels and paths leaves: no queries or packages in them', async () => {
    const labels = "import { sha256 } from '../crypto.ts';\nexport const LABEL = String(sha256);\n";
    expect(await violations('src/lib/labels/questionnaire.ts', labels)).toEqual([
      '@typescript-eslint/no-restricted-imports',
    ]);
    const paths = "import { z } from 'zod';\nexport const path = () => String(z);\n";
    expect(await violations('src/lib/paths/questionnaire.ts', paths)).toEqual([
      '@typescript-eslint/no-restricted-imports',
    ]);
  });
});

/** Every .ts/.tsx file below `dir`, absolute. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('smaller rooms', () => {
  it('has no import cycle in src/ and views/, not even through type-only imports', () => {
    const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'views'))];
    const known = new Set(files);
    const edges = new Map(
      files.map((file) => {
        const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'";]*?from\s*'(\.[^']+)'/g)];
        return [file, specifiers.map((m) => resolve(dirname(file), m[1])).filter((target) => known.has(target))];
      }),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) {
        if (state.get(next) === 'open')
          cycles.push([...trail.slice(trail.indexOf(next)), next].map((f) => relative(root, f)).join(' → '));
        else if (!state.has(next)) visit(next, [...trail, next]);
      }
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    const results = await eslint.lintFiles(['tests/fixtures/importCycle']);
    const cycles = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'import-x/no-cycle'));
    expect(cycles).toHaveLength(2);
  });

  it('refuses a file over 350 lines in src/ or views/, but not the schema', async () => {
    const long = Array.from({ length: 351 }, (_, i) => `export const line${i} = ${i};`).join('\n') + '\n';
    expect(await violations('src/questionnaire/aggregate.ts', long)).toEqual(['max-lines']);
    expect(await violations('views/questionnaire/resultsPage.tsx', long)).toEqual(['max-lines']);
    expect(await violations('src/db/schema.ts', long)).toEqual([]);
  });

  it('names every file of src/ and views/ in one letter case (camelCase)', () => {
    const names = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'views'))].map((f) =>
      relative(root, f),
    );
    expect(names.filter((name) => !/^[a-z][A-Za-z0-9]*(\.[a-z]+)+$/.test(name.split('/').pop()!))).toEqual([]);
  });
});
