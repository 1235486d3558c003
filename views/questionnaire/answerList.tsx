// The read-only answers: submitted responses, closed windows, staff viewing.
import type { Question } from '../../src/questionnaire/template.ts';
import type { Answers } from '../../src/questionnaire/answers.ts';
import type { AnswersView } from '../../src/questionnaire/formViewModel.ts';
import { AGE_BANDS, OTHER_OPTION, otherKey } from '../../src/questionnaire/labels.ts';

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

/** Read-only answers (submitted responses, closed windows, staff viewing). */
export function AnswerList({ view }: { view: AnswersView }) {
  const { template, answers } = view;
  return (
    <div class="answers">
      {template.sections.map((s) => (
        <section class="q-section">
          <h2>{s.heading}</h2>
          <dl class="answer-list">
            {s.questions.map((q) => {
              if (q.type === 'age_bands') {
                const bands = (answers[q.id] ?? {}) as Record<string, unknown>;
                return (
                  <>
                    <dt>{q.label}</dt>
                    <dd>
                      <table class="band-table">
                        <thead>
                          <tr>
                            {AGE_BANDS.map((b) => (
                              <th scope="col" class="num">
                                {b.label}
                              </th>
                            ))}
                            <th scope="col" class="num">
                              合計
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          <tr>
                            {AGE_BANDS.map((b) => (
                              <td class="num">{bands[b.key] === undefined ? '—' : String(bands[b.key])}</td>
                            ))}
                            <td class="num">{view.bandTotals[q.id]}</td>
                          </tr>
                        </tbody>
                      </table>
                    </dd>
                  </>
                );
              }
              const text = answerText(q, answers);
              return (
                <>
                  <dt>{q.label}</dt>
                  <dd class={q.type === 'text' ? 'prewrap' : undefined}>
                    {text || <span class="muted">（未回答）</span>}
                  </dd>
                </>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
