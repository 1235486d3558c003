import { z } from 'zod';
import { email, optionalInt, requiredText, text } from '../lib/validation.ts';
import { AGENCY_FIELDS, AGENCY_KINDS, type AgencyField, type AgencyKind } from '../lib/labels/agencies.ts';

/** Loosens spreadsheet spellings: full-width letters, spaces, brackets and middle dots. */
function loose(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・()（）]/g, '');
}

// Everyday names people type for a kind, so a CSV from another office still imports.
const KIND_ALIASES: Record<string, AgencyKind> = {
  行政: '行政部署',
  市役所: '行政部署',
  区役所: '行政部署',
  役所: '行政部署',
  社協: '社会福祉協議会',
  npo法人: 'NPO',
  特定非営利活動法人: 'NPO',
  認定npo法人: 'NPO',
  サポステ: '地域若者サポートステーション',
  自立相談支援機関: '生活困窮者自立相談支援機関',
  生活困窮者自立相談支援: '生活困窮者自立相談支援機関',
  地活: '地域活動支援センター',
  医療: '医療機関',
  病院: '医療機関',
  クリニック: '医療機関',
  教育: '教育機関',
  学校: '教育機関',
  家族会: '家族会・当事者会',
  当事者会: '家族会・当事者会',
};

/** An alias's own entry only: `constructor` or `__proto__` must not reach Object.prototype. */
const alias = <T>(table: Record<string, T>, key: string): T | null => (Object.hasOwn(table, key) ? table[key] : null);

/** The kind a user meant, accepting the listed names and common short forms; null if unknown. */
export function parseAgencyKind(input: string): AgencyKind | null {
  const s = loose(input);
  if (!s) return null;
  return AGENCY_KINDS.find((k) => loose(k) === s) ?? alias(KIND_ALIASES, s);
}

const FIELD_ALIASES: Record<string, AgencyField> = {
  保健: 'health_medical',
  医療: 'health_medical',
  医療保健: 'health_medical',
  福祉: 'welfare_ibasho',
  居場所: 'welfare_ibasho',
  福祉居場所: 'welfare_ibasho',
};

/** The field for a DB value (health_medical …) or its Japanese label (保健医療 …); null if unknown. */
export function parseAgencyField(input: string): AgencyField | null {
  const s = loose(input);
  if (!s) return null;
  return AGENCY_FIELDS.find((f) => f.value === s || loose(f.label) === s)?.value ?? alias(FIELD_ALIASES, s);
}

const kindSchema = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const kind = parseAgencyKind(s);
    if (kind) return kind;
    ctx.addIssue({
      code: 'custom',
      message: s ? `種別「${s}」は選択肢にありません（${AGENCY_KINDS.join('／')}）` : '種別を選択してください',
    });
    return z.NEVER;
  });

const fieldSchema = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const field = parseAgencyField(s);
    if (field) return field;
    const labels = AGENCY_FIELDS.map((f) => f.label).join('／');
    ctx.addIssue({
      code: 'custom',
      message: s ? `分野「${s}」は選択肢にありません（${labels}）` : '分野を選択してください',
    });
    return z.NEVER;
  });

const NO_LIMIT = new Set(['なし', '制限なし', '-', '－', 'ー']);
/** Age bound: blank (or なし) means no limit; "18歳" is accepted as 18. */
const age = (label: string) =>
  z
    .string()
    .transform((s) => {
      const t = s.trim();
      return NO_LIMIT.has(t) ? '' : t.replace(/[歳才]$/, '');
    })
    .pipe(optionalInt(label, 0, 120));

/** One agency as entered on the form or in one CSV row. */
export const agencySchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^([A-Za-z0-9_-]{1,32})?$/, 'キーは半角英数字と「-」「_」で32文字以内にしてください')
      .prefault(''),
    name: requiredText(100, '機関名'),
    // an unchecked radio group is not sent at all
    kind: kindSchema.prefault(''),
    field: fieldSchema.prefault(''),
    ageMin: age('対象年齢（下限）').prefault(''),
    ageMax: age('対象年齢（上限）').prefault(''),
    contactName: text(50, '担当者').prefault(''),
    contactEmail: z
      .string()
      .trim()
      .refine((s) => s === '' || email().safeParse(s).success, '担当者のメールアドレスの形式が正しくありません')
      .transform((s) => s.toLowerCase())
      .prefault(''),
  })
  .refine((v) => v.ageMin === null || v.ageMax === null || v.ageMin <= v.ageMax, {
    path: ['ageMax'],
    message: '対象年齢の上限は下限以上にしてください',
    // checked even when other fields are wrong, so a CSV row lists all its problems at once
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'ageMin' || i.path?.[0] === 'ageMax'),
  });
export type AgencyInput = z.infer<typeof agencySchema>;
