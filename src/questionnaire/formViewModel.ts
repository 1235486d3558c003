// What the questionnaire form and the read-only answer list show, computed before render.
import type { FieldErrors, FormValues } from '../http/form.ts';
import { ageBandTotal, answersToFormValues, type Answers } from './answers.ts';
import { allQuestions, choicesOf, OTHER_OPTION, type Question, type Template } from './template.ts';
import { AGE_BANDS, bandKey, otherKey } from '../lib/labels/questionnaire.ts';

/**
 * Read-only answers: the template, the answers, each age-band question's total and every other
 * question's answer as text ('' when unanswered).
 */
export type AnswersView = {
  template: Template;
  answers: Answers;
  bandTotals: Record<string, number>;
  texts: Record<string, string>;
};

/** One problem of a failed submit: the form field it is at, the question it names and why. */
export type ErrorPlace = { field: string; label: string; message: string };

/** The form: the answers as form values, the errors and where they are, the choices per question. */
export type QuestionnaireFormView = AnswersView & {
  values: FormValues;
  errors: FieldErrors;
  /** Choices shown per choice question id, "その他" included when enabled. */
  choices: Record<string, string[]>;
  errorPlaces: ErrorPlace[];
  /** The option that comes with a free-text box, to name that box. */
  otherOption: string;
};

function answerText(q: Question, answers: Answers): string {
  const v = answers[q.id];
  if (v === undefined || v === null || v === '') return '';
  if (q.type === 'multi' && Array.isArray(v)) {
    const other = answers[otherKey(q.id)];
    return v.map((o) => (o === OTHER_OPTION && other ? `${OTHER_OPTION}（${String(other)}）` : String(o))).join('、');
  }
  if (q.type === 'number') return `${String(v)}${q.unit ? ` ${q.unit}` : ''}`;
  return String(v);
}

export function answersView(template: Template, answers: Answers): AnswersView {
  const bandTotals: Record<string, number> = {};
  const texts: Record<string, string> = {};
  for (const q of allQuestions(template)) {
    if (q.type === 'age_bands') bandTotals[q.id] = ageBandTotal(answers[q.id]);
    else texts[q.id] = answerText(q, answers);
  }
  return { template, answers, bandTotals, texts };
}

/** The choices shown for each choice question of the template (the staff template page lists them too). */
export function choicesByQuestion(template: Template): Record<string, string[]> {
  return Object.fromEntries(allQuestions(template).map((q) => [q.id, choicesOf(q)]));
}

/** Where each error is: the question (and band or "その他" box), in question order. */
function errorPlaces(template: Template, errors: FieldErrors): ErrorPlace[] {
  const places: ErrorPlace[] = [];
  for (const q of allQuestions(template)) {
    const at = (field: string, label: string) => {
      const message = errors[field];
      if (message) places.push({ field, label, message });
    };
    at(q.id, q.label);
    if (q.type === 'multi') at(otherKey(q.id), `${q.label}（「${OTHER_OPTION}」の内容）`);
    if (q.type === 'age_bands') {
      // one line per message, naming the bands, so nine blank bands do not make nine lines
      const byMessage = new Map<string, { first: string; bands: string[] }>();
      for (const b of AGE_BANDS) {
        const message = errors[bandKey(q.id, b.key)];
        if (!message) continue;
        const entry = byMessage.get(message) ?? { first: bandKey(q.id, b.key), bands: [] };
        entry.bands.push(b.label);
        byMessage.set(message, entry);
      }
      for (const [message, e] of byMessage)
        places.push({ field: e.first, label: `${q.label}（${e.bands.join('・')}）`, message });
    }
  }
  return places;
}

/** The form showing `answers` (as typed, invalid ones included) with the errors of a failed submit. */
export function questionnaireFormView(
  template: Template,
  answers: Answers,
  errors: FieldErrors = {},
): QuestionnaireFormView {
  return {
    ...answersView(template, answers),
    values: answersToFormValues(template, answers),
    errors,
    choices: choicesByQuestion(template),
    errorPlaces: errorPlaces(template, errors),
    otherOption: OTHER_OPTION,
  };
}
