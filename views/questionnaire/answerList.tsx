// The read-only answers: submitted responses, closed windows, staff viewing.
import type { AnswersView } from '../../src/questionnaire/formViewModel.ts';
import { AGE_BANDS } from '../../src/lib/labels/questionnaire.ts';

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
              const text = view.texts[q.id];
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
