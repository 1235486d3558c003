import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import {
  hearingComments,
  hearingPassages,
  hearingPassageThemes,
  hearingRecords,
  hearingThemes,
} from '../../db/schema.ts';
import type { Db } from '../../db/client.ts';
import { addTheme, insertPassage, listThemes } from '../../hearings/queries.ts';
import { nowIso } from '../../lib/time.ts';
import { checkRef, defineSection, type ExportContext, type ImportContext } from '../section.ts';
import { bundleKey, instant, requiredText, text, textList, ymd } from '../primitives.ts';
import { themeKey, themeKeysFor } from './hearingThemes.ts';
import { DEFAULT_HEARING_THEMES, HEARING_SECTION_IDS, type HearingSectionId } from '../../lib/labels/hearings.ts';

// The hearing sheet's section ids (src/hearings/sections.ts) are part of the contract.
const sectionId = z.enum(HEARING_SECTION_IDS, { error: `節IDは ${HEARING_SECTION_IDS.join(' / ')} のいずれか` });
// zod reports a key outside the enum as unrecognized_keys, which its types do not list here
const sections = z.partialRecord(z.enum(HEARING_SECTION_IDS), text(20000), {
  error: (iss) => {
    const code: string = iss.code;
    return code === 'invalid_key' || code === 'unrecognized_keys'
      ? `節IDは ${HEARING_SECTION_IDS.join(' / ')} のいずれか`
      : undefined;
  },
});

/** A tagged passage: an excerpt of a section (or without section/text, the record as a whole). */
const passage = z.strictObject({
  section: sectionId.optional(),
  text: text(2000).optional(),
  themes: z.array(themeKey).min(1, 'テーマを1つ以上指定してください'),
  /** The agency agreed to be named with the passage in packets; absent = false (「ある機関」). */
  shared: z.boolean().optional(),
});

const comment = z.strictObject({
  body: requiredText(2000),
  createdAt: instant.optional(),
  /** When staff marked the correction as dealt with. */
  resolvedAt: instant.optional(),
});

const hearing = z.strictObject({
  /** Optional handle so issue rows can point at a passage ({ hearing: key, passage: index }). */
  key: bundleKey.optional(),
  agency: bundleKey,
  date: ymd,
  method: z.enum(['in_person', 'online', 'phone']).optional(),
  place: text(100).optional(),
  interviewers: textList(20, 200).optional(),
  interviewees: text(300).optional(),
  sections: sections.optional(),
  /** Themes of the record; those not carried by a passage tag the record as a whole. */
  themes: z.array(themeKey).optional(),
  passages: z.array(passage).optional(),
  /** Shared with its agency (readable on the agency's link). */
  shared: z.boolean().optional(),
  /** Extension: corrections the agency sent about the shared record, oldest first. */
  comments: z.array(comment).optional(),
});

export type HearingPart = z.infer<typeof hearing>;

// Cross-section handles for the issues section, per check/import/export run.
const passageCounts = new WeakMap<object, Map<string, number>>();
const importedPassages = new WeakMap<ImportContext, Map<string, number[]>>();
const exportedPassages = new WeakMap<ExportContext, Map<number, { hearing: string; passage: number }>>();

/** Number of passages of each keyed hearing in the bundle being checked. */
export function hearingPassageCounts(ctx: object): Map<string, number> {
  return passageCounts.get(ctx) ?? new Map();
}
/** Passage row ids of each keyed hearing, filled while importing. */
export function importedPassageIds(ctx: ImportContext): Map<string, number[]> {
  return importedPassages.get(ctx) ?? new Map();
}
/** Bundle handle of each exported passage row. */
export function exportedPassageRefs(ctx: ExportContext): Map<number, { hearing: string; passage: number }> {
  return exportedPassages.get(ctx) ?? new Map();
}

/** Theme id for a key in the project, creating a default theme the project does not have yet. */
export function themeIdFor(db: Db, projectId: number, key: string): number {
  const existing = listThemes(db, projectId).find((t) => t.key === key);
  if (existing) return existing.id;
  const label = DEFAULT_HEARING_THEMES.find((t) => t.key === key)?.label ?? key;
  return addTheme(db, projectId, label, key).id;
}

export const hearingsSection = defineSection<HearingPart[]>({
  key: 'hearings',
  label: 'ヒアリング記録',
  schema: z.array(hearing),
  check(list, ctx) {
    const themes = themeKeysFor(ctx);
    const counts = new Map<string, number>();
    list.forEach((h, i) => {
      checkRef(ctx.agencies, h.agency, ['hearings', i, 'agency'], '機関', ctx);
      if (h.key !== undefined) {
        if (counts.has(h.key)) ctx.problem(['hearings', i, 'key'], `キー ${JSON.stringify(h.key)} が重複しています`);
        counts.set(h.key, h.passages?.length ?? 0);
      }
      h.themes?.forEach((t, j) => checkRef(themes, t, ['hearings', i, 'themes', j], 'テーマ', ctx));
      h.passages?.forEach((p, j) => {
        p.themes.forEach((t, k) => checkRef(themes, t, ['hearings', i, 'passages', j, 'themes', k], 'テーマ', ctx));
        if (p.text && !p.section)
          ctx.problem(
            ['hearings', i, 'passages', j, 'section'],
            '抜き出した文章（text）には節（section）を指定してください',
          );
      });
    });
    passageCounts.set(ctx, counts);
  },
  importer(db, list, ctx) {
    const byKey = new Map<string, number[]>();
    for (const h of list) {
      const row = db
        .insert(hearingRecords)
        .values({
          projectId: ctx.projectId,
          agencyId: ctx.agencyIds.get(h.agency)!,
          date: h.date,
          method: h.method ?? 'in_person',
          place: h.place ?? '',
          interviewers: h.interviewers ?? [],
          interviewees: h.interviewees ?? '',
          sections: h.sections ?? {},
          sharedAt: h.shared ? nowIso() : null,
          updatedAt: nowIso(),
        })
        .returning({ id: hearingRecords.id })
        .get();
      const ids: number[] = [];
      const covered = new Set<string>();
      for (const p of h.passages ?? []) {
        ids.push(
          insertPassage(db, ctx.projectId, row.id, {
            sectionId: p.section ?? null,
            excerpt: p.text ?? '',
            themeIds: p.themes.map((t) => themeIdFor(db, ctx.projectId, t)),
            shared: p.shared ?? false,
          }),
        );
        p.themes.forEach((t) => covered.add(t));
      }
      const rest = (h.themes ?? []).filter((t) => !covered.has(t));
      if (rest.length)
        insertPassage(db, ctx.projectId, row.id, {
          sectionId: null,
          excerpt: '',
          themeIds: rest.map((t) => themeIdFor(db, ctx.projectId, t)),
        });
      // comments come from the agency the record was shared with (src/hearings/portal.tsx)
      for (const c of h.comments ?? [])
        db.insert(hearingComments)
          .values({
            hearingId: row.id,
            agencyId: ctx.agencyIds.get(h.agency)!,
            body: c.body,
            createdAt: c.createdAt ? new Date(c.createdAt).toISOString() : nowIso(),
            resolvedAt: c.resolvedAt ? new Date(c.resolvedAt).toISOString() : null,
          })
          .run();
      if (h.key !== undefined) byKey.set(h.key, ids);
    }
    importedPassages.set(ctx, byKey);
  },
  exporter(db, ctx) {
    const rows = db
      .select()
      .from(hearingRecords)
      .where(eq(hearingRecords.projectId, ctx.projectId))
      .orderBy(asc(hearingRecords.id))
      .all();
    const themeKeys = new Map(
      db
        .select({ id: hearingThemes.id, key: hearingThemes.key })
        .from(hearingThemes)
        .where(eq(hearingThemes.projectId, ctx.projectId))
        .all()
        .map((t) => [t.id, t.key]),
    );
    const passages = rows.length
      ? db
          .select()
          .from(hearingPassages)
          .where(
            inArray(
              hearingPassages.hearingId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(hearingPassages.id))
          .all()
      : [];
    const tags = passages.length
      ? db
          .select()
          .from(hearingPassageThemes)
          .where(
            inArray(
              hearingPassageThemes.passageId,
              passages.map((p) => p.id),
            ),
          )
          .orderBy(asc(hearingPassageThemes.themeId))
          .all()
      : [];
    const comments = rows.length
      ? db
          .select()
          .from(hearingComments)
          .where(
            inArray(
              hearingComments.hearingId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(hearingComments.id))
          .all()
      : [];
    const refs = new Map<number, { hearing: string; passage: number }>();
    const out = rows.map((r, i) => {
      const key = `h${i + 1}`;
      const own = passages.filter((p) => p.hearingId === r.id);
      const exported = own.map((p, j) => {
        refs.set(p.id, { hearing: key, passage: j });
        const themes = tags.filter((t) => t.passageId === p.id).map((t) => themeKeys.get(t.themeId)!);
        return {
          ...(p.sectionId ? { section: p.sectionId as HearingSectionId } : {}),
          ...(p.excerpt ? { text: p.excerpt } : {}),
          themes,
          ...(p.shared ? { shared: true } : {}),
        };
      });
      const themes = [...new Set(exported.flatMap((p) => p.themes))];
      const notes = comments
        .filter((c) => c.hearingId === r.id)
        .map((c) => ({ body: c.body, createdAt: c.createdAt, ...(c.resolvedAt ? { resolvedAt: c.resolvedAt } : {}) }));
      return {
        key,
        agency: ctx.agencyKeys.get(r.agencyId)!,
        date: r.date,
        method: r.method,
        ...(r.place ? { place: r.place } : {}),
        interviewers: r.interviewers,
        ...(r.interviewees ? { interviewees: r.interviewees } : {}),
        sections: r.sections,
        ...(themes.length ? { themes } : {}),
        ...(exported.length ? { passages: exported } : {}),
        ...(r.sharedAt ? { shared: true } : {}),
        ...(notes.length ? { comments: notes } : {}),
      };
    });
    exportedPassages.set(ctx, refs);
    return out;
  },
});
