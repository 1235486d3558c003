import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { ASSESSMENT_ASPECTS, ASSESSMENT_SUBJECTS, type AssessmentField } from '../../src/lib/labels/cases.ts';
import { Field } from '../components/form.tsx';

const fieldKey = (subject: string, aspect: string) => `${subject}${aspect}` as AssessmentField;

/** The form's assessment: the person's and the family's, each as 状況 / 強み / ニーズ / 意向. */
export function AssessmentFields({ values, errors }: { values: FormValues; errors?: FieldErrors }) {
  return (
    <fieldset class="assessment">
      <legend>アセスメント（本人と家族を分けて）</legend>
      <p class="hint">本人と家族それぞれについて、状況・強み・ニーズ・意向を、個人が特定されない書き方で。</p>
      {ASSESSMENT_SUBJECTS.map((s) => (
        <fieldset class="assessment-subject">
          <legend>{s.label}</legend>
          {ASSESSMENT_ASPECTS.map((a) => (
            <Field
              name={fieldKey(s.key, a.key)}
              label={`${s.label}の${a.label}`}
              multiline
              rows={2}
              values={values}
              errors={errors}
            />
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}

/** The assessment as a sheet shows it: a table, person and family side by side; nothing when blank. */
export function AssessmentTable({ texts }: { texts: Record<AssessmentField, string> }) {
  const any = ASSESSMENT_SUBJECTS.some((s) => ASSESSMENT_ASPECTS.some((a) => texts[fieldKey(s.key, a.key)]));
  if (!any) return null;
  return (
    <section class="sheet-section">
      <h2>アセスメント</h2>
      <table class="assessment-table">
        <thead>
          <tr>
            <td></td>
            {ASSESSMENT_SUBJECTS.map((s) => (
              <th scope="col">{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ASSESSMENT_ASPECTS.map((a) => (
            <tr>
              <th scope="row">{a.label}</th>
              {ASSESSMENT_SUBJECTS.map((s) => (
                <td class="sheet-text">{texts[fieldKey(s.key, a.key)] || '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
