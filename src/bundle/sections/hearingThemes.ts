import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { hearingThemes } from '../../db/schema.ts';
import { checkUniqueKeys, defineSection } from '../section.ts';
import { requiredText } from '../primitives.ts';
import { DEFAULT_HEARING_THEMES } from '../../lib/labels/hearings.ts';

export const themeKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, 'テーマIDは半角英小文字・数字・_ で指定してください');

const theme = z.strictObject({ key: themeKey, label: requiredText(40) });
export type HearingThemePart = z.infer<typeof theme>;

const DEFAULT_KEYS = DEFAULT_HEARING_THEMES.map((t) => t.key as string);

// The theme keys a bundle may use: the seed's defaults plus the ones it defines. Stored per
// check run (the CheckContext object) for the hearings and issues checks that follow.
const definedThemes = new WeakMap<object, Set<string>>();
export function themeKeysFor(ctx: object): Set<string> {
  return definedThemes.get(ctx) ?? new Set(DEFAULT_KEYS);
}

/**
 * `hearingThemes`: the project's theme list (keys and labels, in order). Optional; without it
 * a project gets the seed's default themes. Keys used in hearings and issues must be listed here
 * or be one of the defaults (supervision, outreach_medical, ibasho, …).
 */
export const hearingThemesSection = defineSection<HearingThemePart[]>({
  key: 'hearingThemes',
  label: 'ヒアリングのテーマ',
  schema: z.array(theme),
  check(list, ctx) {
    checkUniqueKeys(list, 'hearingThemes', 'テーマ', ctx);
    definedThemes.set(ctx, new Set([...DEFAULT_KEYS, ...list.map((t) => t.key)]));
  },
  importer(db, list, ctx) {
    list.forEach((t, i) =>
      db.insert(hearingThemes).values({ projectId: ctx.projectId, key: t.key, label: t.label, position: i }).run(),
    );
  },
  exporter(db, ctx) {
    return db
      .select({ key: hearingThemes.key, label: hearingThemes.label })
      .from(hearingThemes)
      .where(eq(hearingThemes.projectId, ctx.projectId))
      .orderBy(asc(hearingThemes.position), asc(hearingThemes.id))
      .all();
  },
});
