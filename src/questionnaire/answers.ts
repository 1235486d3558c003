// Pure conversion between the questionnaire form, stored answers and validation.
// Stored answers are keyed by question id: single → string, multi → string[] (with the
// "その他" text under `<id>:other`), number → number, age_bands → { band: number },
// text → string. Drafts keep what was typed even when invalid (a number field holding
// "１２人" stays a string) so nothing the agency typed is lost; submit requires clean data.
import type { FieldErrors, FormValues, RawForm } from '../http/form.ts';
import { allQuestions, choicesOf, OTHER_OPTION, type Question, type Template } from './template.ts';
import { AGE_BANDS, bandKey, otherKey } from '../lib/labels/questionnaire.ts';

export type Answers = Record<string, unknown>;

const AGE_BAND_MAX = 99999;

function one(form: RawForm, key: string): string {
  const v = form[key];
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
}

function all(form: RawForm, key: string): string[] {
  const v = form[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** "１２" → 12; anything that is not a whole number stays as typed. */
function numberOrRaw(s: string): number | string {
  const n = s.normalize('NFKC').replace(/[,，]/g, '').trim();
  return /^-?\d+$/.test(n) ? Number(n) : s;
}

/** Reads the posted form into answers, keeping invalid input so it can be shown again. */
export function formToAnswers(template: Template, form: RawForm): Answers {
  const out: Answers = {};
  for (const q of allQuestions(template)) {
    switch (q.type) {
      case 'single': {
        const v = one(form, q.id);
        if (v && q.options.includes(v)) out[q.id] = v;
        break;
      }
      case 'multi': {
        const choices = choicesOf(q);
        const picked = new Set(all(form, q.id).filter((v) => choices.includes(v)));
        const other = q.other ? one(form, otherKey(q.id)) : '';
        // typing into the "その他" box means the option is meant, even if the tick was forgotten
        if (other) picked.add(OTHER_OPTION);
        if (picked.size) out[q.id] = choices.filter((c) => picked.has(c));
        if (other) out[otherKey(q.id)] = other;
        break;
      }
      case 'number': {
        const v = one(form, q.id);
        if (v) out[q.id] = numberOrRaw(v);
        break;
      }
      case 'age_bands': {
        const bands: Record<string, number | string> = {};
        for (const b of AGE_BANDS) {
          const v = one(form, bandKey(q.id, b.key));
          if (v) bands[b.key] = numberOrRaw(v);
        }
        if (Object.keys(bands).length) out[q.id] = bands;
        break;
      }
      case 'text': {
        const v = one(form, q.id);
        if (v) out[q.id] = v;
        break;
      }
    }
  }
  return out;
}

/** Values for re-rendering the form from stored answers. */
export function answersToFormValues(template: Template, answers: Answers): FormValues {
  const values: FormValues = {};
  for (const q of allQuestions(template)) {
    const v = answers[q.id];
    if (q.type === 'age_bands') {
      const bands = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
      for (const b of AGE_BANDS) if (bands[b.key] !== undefined) values[bandKey(q.id, b.key)] = String(bands[b.key]);
    } else if (q.type === 'multi') {
      values[q.id] = Array.isArray(v) ? v : [];
      if (answers[otherKey(q.id)] !== undefined) values[otherKey(q.id)] = String(answers[otherKey(q.id)]);
    } else if (v !== undefined && v !== null) {
      values[q.id] = String(v);
    }
  }
  return values;
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min}〜${max}の範囲で`;
  if (min !== undefined) return `${min}以上で`;
  return `${max}以下で`;
}

function checkInteger(value: unknown, min: number | undefined, max: number | undefined): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return '半角の整数で入力してください（例：12）';
  if ((min !== undefined && value < min) || (max !== undefined && value > max))
    return `${rangeText(min, max)}入力してください`;
  return undefined;
}

function validateQuestion(q: Question, answers: Answers, errors: FieldErrors): void {
  const v = answers[q.id];
  switch (q.type) {
    case 'single':
      if (v === undefined) {
        if (q.required) errors[q.id] = '選択してください';
      } else if (typeof v !== 'string' || !q.options.includes(v)) errors[q.id] = '選択肢から選んでください';
      break;
    case 'multi': {
      const picked = Array.isArray(v) ? v : [];
      if (!picked.length) {
        if (q.required) errors[q.id] = '1つ以上選択してください';
      } else if (picked.some((p) => !choicesOf(q).includes(p))) errors[q.id] = '選択肢から選んでください';
      if (q.other && picked.includes(OTHER_OPTION) && !String(answers[otherKey(q.id)] ?? '').trim()) {
        errors[otherKey(q.id)] = '「その他」の内容を入力してください';
      }
      break;
    }
    case 'number':
      if (v === undefined) {
        if (q.required) errors[q.id] = '入力してください';
      } else {
        const err = checkInteger(v, q.min, q.max);
        if (err) errors[q.id] = err;
      }
      break;
    case 'age_bands': {
      const bands = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
      const anyValue = AGE_BANDS.some((b) => bands[b.key] !== undefined);
      for (const b of AGE_BANDS) {
        const x = bands[b.key];
        if (x === undefined) {
          // once one band is filled, every band must be, so a blank is never mistaken for 0
          if (q.required || anyValue) errors[bandKey(q.id, b.key)] = '入力してください（該当なしは 0）';
        } else {
          const err = checkInteger(x, 0, AGE_BAND_MAX);
          if (err) errors[bandKey(q.id, b.key)] = err;
        }
      }
      break;
    }
    case 'text':
      if (v === undefined || v === '') {
        if (q.required) errors[q.id] = '入力してください';
      } else if (typeof v !== 'string' || v.length > q.maxLength)
        errors[q.id] = `${q.maxLength}文字以内で入力してください`;
      break;
  }
}

/** Everything "提出" requires; errors are keyed by form field name. */
export function validateAnswers(template: Template, answers: Answers): FieldErrors {
  const errors: FieldErrors = {};
  for (const q of allQuestions(template)) validateQuestion(q, answers, errors);
  return errors;
}

/** Sum of the numeric bands (invalid draft values count as 0). */
export function ageBandTotal(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  return Object.values(value as Record<string, unknown>).reduce<number>(
    (s, x) => s + (typeof x === 'number' ? x : 0),
    0,
  );
}

/** True when a question has any stored answer (used to protect answers from template edits). */
export function isAnswered(q: Question, answers: Answers): boolean {
  const v = answers[q.id];
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** Number of questions answered, for the status list. */
export function answeredCount(template: Template, answers: Answers): number {
  // a loop rather than allQuestions().filter(): the status list counts this for every agency
  let count = 0;
  for (const section of template.sections) for (const q of section.questions) if (isAnswered(q, answers)) count++;
  return count;
}

/**
 * Reasons (in Japanese) why replacing `before` with `after` would orphan stored answers:
 * a question with answers removed or changed to another type, or a chosen option removed.
 */
export function orphanedBy(before: Template, after: Template, responses: Answers[]): string[] {
  const next = new Map(allQuestions(after).map((q) => [q.id, q]));
  const problems: string[] = [];
  for (const q of allQuestions(before)) {
    const answered = responses.filter((a) => isAnswered(q, a));
    if (!answered.length) continue;
    const n = next.get(q.id);
    if (!n) {
      problems.push(`設問「${q.label}」（${q.id}）には${answered.length}件の回答があるため削除できません。`);
      continue;
    }
    if (n.type !== q.type) {
      problems.push(`設問「${q.label}」（${q.id}）には${answered.length}件の回答があるため、種類を変更できません。`);
      continue;
    }
    if (q.type === 'single' || q.type === 'multi') {
      const remaining = choicesOf(n);
      const counts = new Map<string, number>();
      for (const a of answered) {
        for (const option of Array.isArray(a[q.id]) ? (a[q.id] as string[]) : [String(a[q.id])]) {
          if (!remaining.includes(option)) counts.set(option, (counts.get(option) ?? 0) + 1);
        }
      }
      if (counts.size) {
        const list = [...counts].map(([option, n]) => `「${option}」（${n}件）`).join('、');
        problems.push(`設問「${q.label}」の選択肢${list}は回答で選ばれているため、削除・変更できません。`);
      }
    }
  }
  return problems;
}
