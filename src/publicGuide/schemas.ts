// Input schemas of the public consultation guide: staff settings, an agency's own entry, and
// the resident's filters on the public page.
import { z } from 'zod';
import { text } from '../lib/validation.ts';
import { GUIDE_AGE_GROUPS, GUIDE_NEEDS } from '../lib/labels/publicGuide.ts';

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on');

const needKeys = GUIDE_NEEDS.map((n) => n.key) as [string, ...string[]];
const ageKeys = GUIDE_AGE_GROUPS.map((g) => g.key) as [string, ...string[]];

/** Staff: publish the guide or not, and its title and introduction. */
export const guideSettingsSchema = z.object({
  enabled: checkbox,
  title: text(100, 'ガイドの題名').prefault(''),
  intro: text(1000, '紹介文').prefault(''),
});
export type GuideSettingsInput = z.infer<typeof guideSettingsSchema>;

/** An agency's entry as it wants residents to read it (checked = 「この内容で掲載する」). */
export const guideEntrySchema = z.object({
  offers: text(400, '相談できること').min(1, '相談できることを入力してください').prefault(''),
  reach: text(300, '連絡先・相談の方法').min(1, '連絡先・相談の方法を入力してください').prefault(''),
  hours: text(200, '受付時間').prefault(''),
  familyOnly: checkbox,
  anonymous: checkbox,
  needs: z
    .union([z.string(), z.array(z.string())])
    .default([])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.enum(needKeys, { error: '相談内容の選択肢が正しくありません' })))
    .transform((v) => [...new Set(v)]),
});
export type GuideEntryInput = z.infer<typeof guideEntrySchema>;

/** The public page's filters; anything unknown is ignored rather than refused (a shared link may be old). */
export const guideFilterSchema = z.object({
  age: z.enum(ageKeys).optional().catch(undefined),
  need: z.enum(needKeys).optional().catch(undefined),
  furigana: z
    .string()
    .optional()
    .transform((v) => v === '1'),
});
export type GuideFilterInput = z.infer<typeof guideFilterSchema>;
