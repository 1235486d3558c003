// The packet's sections, the defaults per meeting (seed 000: network meeting 1 shares the survey
// results, 2 is the case study, 3 shares issues and decides tools) and the settings form schema.
import { z } from 'zod';
import { text } from '../lib/validation.ts';

export const SECTIONS = [
  { id: 'cover', label: '表紙' },
  { id: 'agenda', label: '次第' },
  { id: 'attendance', label: '出席機関' },
  { id: 'survey_overview', label: '実態調査の概要（回収状況）' },
  { id: 'questionnaire', label: 'アンケート調査の結果' },
  { id: 'hearings', label: 'ヒアリング調査の結果' },
  { id: 'cases', label: '支援事例の分析' },
  { id: 'case_studies', label: '事例検討の結果' },
  { id: 'group_work', label: '前回のグループワークの結果' },
  { id: 'issues', label: '見えてきた問題点と課題' },
  { id: 'resource_map', label: '社会資源マップ' },
  { id: 'next_steps', label: '今後の予定' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];
export const SECTION_IDS = SECTIONS.map((s) => s.id) as SectionId[];
export const SECTION_LABEL = Object.fromEntries(SECTIONS.map((s) => [s.id, s.label])) as Record<SectionId, string>;

export type SectionChoice = { id: SectionId; comment: string };
export type PacketSettings = { sections: SectionChoice[]; hideCaseAgencies: boolean };

// Working groups: the first plans the survey; later ones analyse its results (DOMAIN.md §7).
const DEFAULTS: Record<'wg1' | 'wg2' | 'network1' | 'network2' | 'network3', SectionId[]> = {
  wg1: ['cover', 'agenda', 'attendance', 'next_steps'],
  wg2: ['cover', 'agenda', 'attendance', 'survey_overview', 'questionnaire', 'hearings', 'cases', 'next_steps'],
  network1: [
    'cover',
    'agenda',
    'attendance',
    'survey_overview',
    'questionnaire',
    'hearings',
    'cases',
    'resource_map',
    'next_steps',
  ],
  network2: ['cover', 'agenda', 'attendance', 'cases', 'case_studies', 'next_steps'],
  network3: ['cover', 'agenda', 'attendance', 'group_work', 'issues', 'resource_map', 'next_steps'],
};

/** Defaults for a meeting (第n回 within its kind); later meetings reuse the last set of their kind. */
export function defaultSettings(kind: 'working_group' | 'network', number: number): PacketSettings {
  const key =
    kind === 'working_group'
      ? number <= 1
        ? 'wg1'
        : 'wg2'
      : number <= 1
        ? 'network1'
        : number === 2
          ? 'network2'
          : 'network3';
  return { sections: DEFAULTS[key].map((id) => ({ id, comment: '' })), hideCaseAgencies: false };
}

const orderNumber = z
  .string()
  .default('')
  .transform((s) => s.normalize('NFKC').trim())
  .pipe(z.union([z.literal(''), z.string().regex(/^\d{1,3}$/, '順番は半角数字で入力してください')]));

/**
 * The settings form: per section a checkbox `include_<id>`, an order number `order_<id>` and a
 * comment `comment_<id>`; sections are sorted by order number, ties in catalogue order.
 */
export const packetSettingsSchema = z
  .object({
    hideCaseAgencies: z.string().optional(),
    ...Object.fromEntries(
      SECTION_IDS.flatMap((id) => [
        [`include_${id}`, z.string().optional()],
        [`order_${id}`, orderNumber],
        [`comment_${id}`, text(2000, `${SECTION_LABEL[id]}のコメント`).default('')],
      ]),
    ),
  })
  .transform((form): PacketSettings => {
    const f = form as Record<string, string | undefined>;
    const chosen = SECTION_IDS.map((id, index) => ({
      id,
      index,
      order: f[`order_${id}`] ? Number(f[`order_${id}`]) : 999,
    }))
      .filter(({ id }) => f[`include_${id}`] !== undefined)
      .sort((a, b) => a.order - b.order || a.index - b.index);
    return {
      sections: chosen.map(({ id }) => ({ id, comment: f[`comment_${id}`] ?? '' })),
      hideCaseAgencies: f.hideCaseAgencies !== undefined,
    };
  })
  .refine((s) => s.sections.length > 0, { message: '資料に含める項目を1つ以上選んでください', path: ['_form'] });

/** Form values that re-show stored settings: chosen sections numbered 1.., the rest unticked. */
export function settingsToForm(settings: PacketSettings): Record<string, string> {
  const values: Record<string, string> = settings.hideCaseAgencies ? { hideCaseAgencies: 'on' } : {};
  settings.sections.forEach((s, i) => {
    values[`include_${s.id}`] = 'on';
    values[`order_${s.id}`] = String(i + 1);
    values[`comment_${s.id}`] = s.comment;
  });
  return values;
}
