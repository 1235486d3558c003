import { z } from 'zod';
import { requiredText, text } from '../lib/validation.ts';
import type { FieldErrors } from '../http/form.ts';
import {
  CASE_AGE_BANDS,
  CASE_TEXT_FIELDS,
  type CaseTextField,
  CONSENTS,
  DURATIONS,
  FACTOR_GROUPS,
  FIRST_CONTACTS,
  GAP_POINTS,
  HOUSEHOLDS,
  SEXES,
  type FactorDef,
} from '../lib/labels/cases.ts';

const values = <T extends readonly { value: string }[]>(opts: T) =>
  opts.map((o) => o.value) as [T[number]['value'], ...T[number]['value'][]];

/** A single choice that may still be blank in a draft. */
const choice = <T extends readonly { value: string }[]>(opts: T, label: string) =>
  z
    .union([z.literal('').transform(() => null), z.enum(values(opts), { error: `${label}の選択肢が正しくありません` })])
    .default(null);

/** Repeated form fields (checkboxes, timeline rows): absent, one value or many → an array. */
const multi = () =>
  z
    .union([z.string(), z.array(z.string())])
    .default([])
    .transform((v) => (Array.isArray(v) ? v : [v]));

const choices = <T extends readonly { value: string }[]>(opts: T, label: string) =>
  multi()
    .pipe(z.array(z.enum(values(opts), { error: `${label}の選択肢が正しくありません` })))
    .transform((v) => [...new Set(v)]);

const ids = multi()
  .pipe(z.array(z.string().regex(/^\d+$/, '機関の指定が正しくありません').transform(Number)))
  .transform((v) => [...new Set(v)]);

const TEXT_MAX = 4000;

/**
 * The case sheet form (`factor_<key>` radios, timeline rows `tl_when`/`tl_agency`/`tl_event`,
 * `pii_ok` confirmations). Everything may be blank: drafts save whatever is there; what a
 * submission additionally needs is checked by `submissionErrors`.
 */
export function caseFormSchema(factorKeys: readonly string[]) {
  return z
    .object({
      classification: choice([{ value: 'good' }, { value: 'difficult' }] as const, '事例の区分'),
      ageBand: choice(CASE_AGE_BANDS, '年齢帯'),
      sex: choice(SEXES, '性別'),
      household: choices(HOUSEHOLDS, '世帯構成'),
      duration: choice(DURATIONS, 'ひきこもり期間'),
      firstContact: choice(FIRST_CONTACTS, '最初の相談者'),
      consent: choice(CONSENTS, '情報提供の同意'),
      involvedAgencyIds: ids,
      gapPoints: choices(GAP_POINTS, '狭間の場面'),
      tl_when: multi(),
      tl_agency: multi(),
      tl_event: multi(),
      pii_ok: multi(),
      ...Object.fromEntries(CASE_TEXT_FIELDS.map((f) => [f.key, text(TEXT_MAX, f.label).default('')])),
      ...Object.fromEntries(
        factorKeys.map((k) => [
          `factor_${k}`,
          z
            .union([z.literal(''), z.enum(['yes', 'no', 'unknown'])], { error: '該当・非該当・不明から選んでください' })
            .default(''),
        ]),
      ),
    })
    .transform((v, ctx) => {
      const raw = v as unknown as Record<string, string>;
      const timeline: { when: string; agencyId: number | null; event: string }[] = [];
      v.tl_event.forEach((event, i) => {
        const when = (v.tl_when[i] ?? '').trim();
        const agency = (v.tl_agency[i] ?? '').trim();
        const ev = event.trim();
        if (!when && !ev && !agency) return;
        if (when.length > 30 || ev.length > 500 || (agency && !/^\d+$/.test(agency)))
          ctx.addIssue({
            code: 'custom',
            path: ['timeline'],
            message: '支援経過の時期は30文字、出来事は500文字以内で入力してください',
          });
        timeline.push({ when, agencyId: agency ? Number(agency) : null, event: ev });
      });
      if (timeline.length > 30)
        ctx.addIssue({ code: 'custom', path: ['timeline'], message: '支援経過は30行以内にしてください' });
      const factors: Record<string, 'yes' | 'no' | 'unknown'> = {};
      for (const k of factorKeys) {
        const val = raw[`factor_${k}`];
        if (val === 'yes' || val === 'no' || val === 'unknown') factors[k] = val;
      }
      return {
        classification: v.classification,
        ageBand: v.ageBand,
        sex: v.sex,
        household: v.household,
        duration: v.duration,
        firstContact: v.firstContact,
        consent: v.consent,
        factors,
        involvedAgencyIds: v.involvedAgencyIds,
        timeline,
        gapPoints: v.gapPoints,
        ...(Object.fromEntries(CASE_TEXT_FIELDS.map((f) => [f.key, raw[f.key]])) as Record<CaseTextField, string>),
        piiConfirmed: [...new Set(v.pii_ok)].slice(0, 200),
      };
    });
}
export type CaseInput = z.output<ReturnType<typeof caseFormSchema>>;

/** What a submitted case must have beyond a draft. */
export function submissionErrors(input: CaseInput, factors: readonly FactorDef[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!input.classification) errors.classification = '好事例か困難事例かを選んでください';
  if (!input.ageBand) errors.ageBand = '年齢帯を選んでください（わからない場合は「不明」）';
  if (!input.sex) errors.sex = '性別を選んでください（わからない場合は「不明」）';
  if (!input.duration) errors.duration = 'ひきこもり期間を選んでください（わからない場合は「不明」）';
  if (!input.firstContact) errors.firstContact = '最初の相談者を選んでください';
  if (!input.consent) errors.consent = '情報提供についての同意の状況を選んでください';
  for (const f of factors)
    if (!input.factors[f.key]) errors[`factor_${f.key}`] = `「${f.label}」を該当・非該当・不明から選んでください`;
  if (!input.summary.trim()) errors.summary = '事例の概要を入力してください';
  return errors;
}

/** Texts the PII guard checks: every free-text field (assessment included) and every timeline row. */
export function caseTexts(input: Pick<CaseInput, CaseTextField | 'timeline'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of CASE_TEXT_FIELDS) out[f.key] = input[f.key];
  input.timeline.forEach((row, i) => {
    out[`timeline.${i}`] = `${row.when}　${row.event}`;
  });
  return out;
}

export const factorDefSchema = z.object({
  label: requiredText(60, '要因の名前'),
  group: z.enum(values(FACTOR_GROUPS), { error: '要因の分類を選んでください' }),
});

export const candidateSchema = z.object({
  meetingId: z.string().regex(/^\d+$/, '会議を選んでください').transform(Number),
  on: z.enum(['0', '1']).transform((v) => v === '1'),
});
