import { z } from 'zod';
import { requiredText, text, ymdDate } from '../lib/validation.ts';
import { HEARING_SECTIONS, HEARING_SECTION_IDS } from '../lib/labels/hearings.ts';

const SECTION_MAX = 4000;

/** One entry per line (聞き手), blank lines dropped. */
const lines = (label: string, maxItems: number) =>
  z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(100, `${label}は1行100文字以内で入力してください`))
        .max(maxItems, `${label}は${maxItems}行以内にしてください`),
    );

const idList = (message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .default([])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().regex(/^\d+$/, message).transform(Number)))
    .transform((ids) => [...new Set(ids)]);

/** The record form: metadata plus one textarea per section (`section_<id>`). */
export const hearingSchema = z
  .object({
    agencyId: z.string().regex(/^\d+$/, 'ヒアリング先の機関を選んでください').transform(Number),
    date: ymdDate('実施日'),
    method: z.enum(['in_person', 'online', 'phone'], { error: '実施方法を選んでください' }),
    place: text(100, '場所').default(''),
    interviewers: lines('聞き手', 20),
    interviewees: text(300, '対応者（職種・役割）').default(''),
    ...Object.fromEntries(HEARING_SECTIONS.map((s) => [`section_${s.id}`, text(SECTION_MAX, s.label).default('')])),
  })
  .transform((v) => {
    const record = v as unknown as Record<string, string>;
    const sections: Record<string, string> = {};
    for (const id of HEARING_SECTION_IDS) if (record[`section_${id}`]) sections[id] = record[`section_${id}`];
    return {
      agencyId: v.agencyId,
      date: v.date,
      method: v.method,
      place: v.place,
      interviewers: v.interviewers,
      interviewees: v.interviewees,
      sections,
    };
  });
export type HearingInput = z.infer<typeof hearingSchema>;

/** Tagging a passage: a section (or the whole record), an optional excerpt, at least one theme. */
export const passageSchema = z.object({
  sectionId: z
    .union([z.literal('').transform(() => null), z.enum(HEARING_SECTION_IDS, { error: '節の指定が正しくありません' })])
    .default(null),
  excerpt: text(2000, '抜き出す文章').default(''),
  themeIds: idList('テーマの指定が正しくありません').pipe(z.array(z.number()).min(1, 'テーマを1つ以上選んでください')),
  /** The agency agreed to be named with the passage (checkbox); absent = 「ある機関」. */
  shared: z
    .string()
    .optional()
    .transform((v) => v === 'on' || v === '1'),
});
export type PassageInput = z.infer<typeof passageSchema>;

/** The agency's choice for a passage: 1 = print with its name, 0 = as 「ある機関」. */
export const passageSharingSchema = z.object({
  shared: z.enum(['0', '1'], { error: '共有の指定が正しくありません' }).transform((v) => v === '1'),
});

export const themeSchema = z.object({ label: requiredText(40, 'テーマ名') });

export const commentSchema = z.object({ body: requiredText(2000, '修正依頼・コメント') });

/** The hearing plan form: the agencies chosen for a hearing (checkboxes; none ticked = none planned). */
export const hearingPlanSchema = z.object({ agencyIds: idList('機関の指定が正しくありません') });
