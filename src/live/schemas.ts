import { z } from 'zod';
import { optionalInt, requiredText, text } from '../lib/validation.ts';
import { normaliseJoinCode } from './joinCode.ts';
import { CARD_MAX, GROUP_NAME_MAX, PROMPT_MAX, SHEET_FIELD_MAX } from '../lib/labels/live.ts';

const formId = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^[1-9]\d{0,9}$/, message)
    .transform(Number);

const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => /^[1-9]\d{0,9}$/.test(s)).map(Number),
  );

export const joinSchema = z.object({
  code: z.string({ error: '会議コードを入力してください' }).transform((s, ctx) => {
    const code = normaliseJoinCode(s);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: '会議コードは6桁の数字で入力してください' });
      return z.NEVER;
    }
    return code;
  }),
});

/** Choosing a group at /m/:code: an existing group, or a new one named on the spot. */
export const chooseGroupSchema = z
  .object({
    groupId: z.string().optional(),
    newGroup: text(GROUP_NAME_MAX, '新しいグループ名').optional(),
    agencyId: z.string().optional(),
    agencyLabel: text(60, '所属機関名').optional(),
  })
  .transform((v, ctx) => {
    const newGroup = v.newGroup || undefined;
    const groupId = v.groupId && /^[1-9]\d{0,9}$/.test(v.groupId) ? Number(v.groupId) : undefined;
    if (!newGroup && !groupId) {
      ctx.addIssue({
        code: 'custom',
        path: ['groupId'],
        message: 'グループを選ぶか、新しいグループ名を入力してください',
      });
      return z.NEVER;
    }
    const agencyId = v.agencyId && /^[1-9]\d{0,9}$/.test(v.agencyId) ? Number(v.agencyId) : null;
    return { groupId: newGroup ? undefined : groupId, newGroup, agencyId, agencyLabel: v.agencyLabel ?? '' };
  });

export const cardSchema = z.object({
  text: requiredText(CARD_MAX, 'カードの内容'),
  promptId: formId('お題が選ばれていません。ページを再読み込みしてください'),
});

export const cardEditSchema = z.object({
  text: requiredText(CARD_MAX, 'カードの内容'),
  version: formId('ページを再読み込みしてから、もう一度編集してください'),
});

export const promptsSchema = z.object({
  prompts: z
    .string()
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(PROMPT_MAX, `お題は1行${PROMPT_MAX}文字以内で入力してください`))
        .min(1, 'お題を1行に1つ以上入力してください')
        .max(12, 'お題は12個までにしてください'),
    ),
});

export const groupSchema = z.object({
  name: requiredText(GROUP_NAME_MAX, 'グループ名'),
  agencyIds: idList,
});

export const timerSchema = z.object({
  minutes: optionalInt('時間（分）', 1, 180).refine((n) => n !== null, '時間（分）を入力してください'),
});

export const votingSchema = z.object({
  votesPerPerson: optionalInt('1人あたりの票数', 1, 10).refine((n) => n !== null, '1人あたりの票数を入力してください'),
});

export const moveSchema = z.object({
  groupId: formId('移動先のグループを選んでください'),
  promptId: formId('移動先のお題を選んでください'),
});

export const mergeSchema = z.object({
  intoId: formId('統合先のカードを選んでください'),
});

/** The facilitator releases a held card, as written or with the text rewritten. */
export const releaseSchema = z.object({
  text: text(CARD_MAX, 'カードの内容')
    .optional()
    .transform((v) => v || undefined),
});

export const wallModerationSchema = z.object({
  mode: z.enum(['immediate', 'approval'], { error: '投影のしかたを選んでください' }),
});

export const sheetFieldSchema = z.object({
  text: text(SHEET_FIELD_MAX, 'シートの内容').default(''),
  version: z
    .string()
    .trim()
    .regex(/^\d{1,10}$/, 'ページを再読み込みしてください')
    .transform(Number)
    // a post without the version the field was loaded with cannot be checked for conflicts
    .prefault(''),
});
