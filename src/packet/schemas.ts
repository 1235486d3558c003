// The packet builder's settings form: the zod schema that turns the posted fields into
// PacketSettings, and the form values that show stored settings again.
import { z } from 'zod';
import { text } from '../lib/validation.ts';
import type { PacketSettings } from './settings.ts';
import { SECTION_IDS, SECTION_LABEL } from '../lib/labels/packet.ts';

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
    /** Question ids for the question_summaries section (checkboxes). */
    summary_questions: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
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
    const questions = (form as { summary_questions: string[] }).summary_questions;
    return {
      sections: chosen.map(({ id }) => ({
        id,
        comment: f[`comment_${id}`] ?? '',
        ...(id === 'question_summaries' ? { questions } : {}),
      })),
      hideCaseAgencies: f.hideCaseAgencies !== undefined,
    };
  })
  .refine((s) => s.sections.length > 0, { message: '資料に含める項目を1つ以上選んでください', path: ['_form'] })
  .refine((s) => s.sections.every((x) => x.id !== 'question_summaries' || x.questions?.length), {
    message: '設問別集計に載せる設問を1つ以上選んでください',
    path: ['summary_questions'],
  });

/** Form values that re-show stored settings: chosen sections numbered 1.., the rest unticked. */
export function settingsToForm(settings: PacketSettings): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = settings.hideCaseAgencies ? { hideCaseAgencies: 'on' } : {};
  settings.sections.forEach((s, i) => {
    values[`include_${s.id}`] = 'on';
    values[`order_${s.id}`] = String(i + 1);
    values[`comment_${s.id}`] = s.comment;
    if (s.questions) values.summary_questions = s.questions;
  });
  return values;
}
