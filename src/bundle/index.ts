/*
 * Project bundle ("format": "renkei-bundle/1", /work/shared/BUNDLE.md): a whole project as one
 * JSON document, for moving projects between installations and preparing data from spreadsheets.
 *
 * README — how the bundle is put together
 * - Each top-level key is a *section*: `sections/<name>.ts` exports `defineSection({ key, label,
 *   schema, check, importer, exporter })`. `schema` is the zod schema of that key's value
 *   (z.strictObject everywhere: unknown keys are errors), `check` does cross-reference checks
 *   through the CheckContext (agency / case / meeting keys of the whole bundle), `importer` writes
 *   rows and `exporter` reads them back.
 * - `sections/index.ts` lists the sections in contract order; import and export walk that order,
 *   and ImportContext/ExportContext carry key↔id maps (agencyIds, caseIds, meetingIds …) from
 *   earlier sections to later ones. A section that defines keys must fill its map.
 * - To add data to an existing schema-only section (hearings, cases, caseStudies, groupWork,
 *   issues): add `importer` and `exporter` to its module. Until then a bundle with data in that
 *   section is rejected with a Japanese message instead of silently dropping the data.
 * - To add a new key: write the module, add one line to SECTIONS, and update BUNDLE.md.
 * - A section that points at keys of a LATER section (cases[].candidateFor → meetings) writes
 *   those links in `link`, which runs after every importer.
 * - Optional keys added to a section (BUNDLE.md lists the contract; README "Bundle extensions"
 *   the additions) must be omitted on export when they hold nothing, so older bundles and
 *   exports of projects that do not use them stay as they were.
 * - Importers run inside the single import transaction: use the `db` they are given and never
 *   open another transaction. Exporters must order rows deterministically (by id) and emit
 *   exactly what the schema accepts, so export → import → export is byte-identical.
 */
import type { Db } from '../db/client.ts';
import { projectMembers } from '../db/schema.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { z } from 'zod';
import { BundleError, bundleErrorMap, formatPath, problemsFromIssues, type Problem } from './problems.ts';
import type { CheckContext, ExportContext, ImportContext, Section } from './section.ts';
import { BUNDLE_FORMAT, REQUIRED_SECTIONS, SECTIONS, type Bundle } from './sections/index.ts';
import { findProject } from '../projects/queries.ts';

export { BUNDLE_FORMAT, BundleError, type Bundle, type Problem };
export { formatProblem } from './problems.ts';

// Sections are heterogeneous; each one's own module keeps its value type.
type AnySection = Section<any>;
const sectionList = Object.values(SECTIONS) as AnySection[];

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  ...Object.fromEntries(
    Object.entries(SECTIONS).map(([key, s]) => [
      key,
      REQUIRED_SECTIONS.has(key as keyof typeof SECTIONS) ? s.schema : s.schema.optional(),
    ]),
  ),
}) as unknown as z.ZodType<Bundle>;

export type ParseResult = { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] };

function isEmpty(section: AnySection, value: unknown): boolean {
  if (section.isEmpty) return section.isEmpty(value);
  return Array.isArray(value) && value.length === 0;
}

/** Validates a bundle completely: schema, cross references, and that every non-empty section can be imported. */
export function parseBundle(raw: unknown): ParseResult {
  const parsed = bundleSchema.safeParse(raw, { error: bundleErrorMap });
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) };
  const bundle = parsed.data;
  const problems: Problem[] = [];
  const ctx: CheckContext = {
    agencies: new Set(bundle.agencies.map((a) => a.key)),
    cases: new Set((bundle.cases ?? []).map((c) => c.key)),
    meetings: new Set((bundle.meetings ?? []).map((m) => m.key)),
    problem: (path, message) => problems.push({ path: formatPath(path), message }),
  };
  const values = bundle as unknown as Record<string, unknown>;
  for (const section of sectionList) {
    const value = values[section.key];
    if (value === undefined) continue;
    section.check?.(value, ctx);
    if (!section.importer && !isEmpty(section, value)) {
      const n = Array.isArray(value) ? `（${value.length}件）` : '';
      problems.push({
        path: section.key,
        message: `${section.label}${n}の取り込みにはまだ対応していません。データが失われないよう取り込みを中止しました。この項目を空にするか、対応した版で取り込んでください`,
      });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, bundle };
}

/** Parses bundle text (a file's contents); broken JSON is reported like any other problem. */
export function parseBundleText(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: formatPath([]), message: `JSON として読めません（${(e as Error).message}）` }],
    };
  }
  return parseBundle(raw);
}

export type ImportOptions = {
  actor?: Actor;
  ownerUserId?: number;
};

/**
 * Imports a bundle as a NEW project, all or nothing: on any problem nothing is written.
 * Throws BundleError listing every problem; returns the new project's id.
 */
export function importBundle(db: Db, raw: unknown, opts: ImportOptions = {}): number {
  const parsed = parseBundle(raw);
  if (!parsed.ok) throw new BundleError(parsed.problems);
  const bundle = parsed.bundle as unknown as Record<string, unknown>;
  return db.transaction(() => {
    const ctx: ImportContext = { projectId: 0, agencyIds: new Map(), caseIds: new Map(), meetingIds: new Map() };
    for (const section of sectionList) {
      const value = bundle[section.key];
      if (value !== undefined && section.importer) section.importer(db, value, ctx);
    }
    for (const section of sectionList) {
      const value = bundle[section.key];
      if (value !== undefined && section.link) section.link(db, value, ctx);
    }
    if (opts.ownerUserId !== undefined)
      db.insert(projectMembers).values({ projectId: ctx.projectId, userId: opts.ownerUserId }).run();
    recordAudit(db, {
      projectId: ctx.projectId,
      actor: opts.actor ?? { kind: 'system', label: 'バンドル取り込み' },
      action: 'bundle.import',
      entity: 'project',
      entityId: ctx.projectId,
      detail: `機関 ${ctx.agencyIds.size} 件、会議 ${ctx.meetingIds.size} 件`,
    });
    return ctx.projectId;
  });
}

/** The project as a bundle, or undefined when it does not exist. Deterministic: same data, same JSON. */
export function exportBundle(db: Db, projectId: number): Bundle | undefined {
  if (!findProject(db, projectId)) return undefined;
  const ctx: ExportContext = { projectId, agencyKeys: new Map(), caseKeys: new Map(), meetingKeys: new Map() };
  const out: Record<string, unknown> = { format: BUNDLE_FORMAT };
  for (const section of sectionList) {
    if (section.exporter) out[section.key] = section.exporter(db, ctx);
  }
  return out as Bundle;
}

/** The file form of a bundle: 2-space indented JSON with a final newline. */
export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
