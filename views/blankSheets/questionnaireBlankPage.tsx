import type { Question } from '../../src/questionnaire/template.ts';
import type { BlankQuestionnaireView, QuestionnaireCopy } from '../../src/blankSheets/blankViewModel.ts';
import { AGE_BANDS } from '../../src/lib/labels/questionnaire.ts';
import { PrintFrame, SheetItem, TickList, WriteLines } from './printFrame.tsx';

function Answer({ q }: { q: Question }) {
  switch (q.type) {
    case 'single':
      return (
        <>
          <p class="sheet-hint">1つ選んで☑してください。</p>
          <TickList options={q.options} />
        </>
      );
    case 'multi':
      return (
        <>
          <p class="sheet-hint">あてはまるものすべてに☑してください。</p>
          <TickList options={q.options} other={q.other} />
        </>
      );
    case 'number':
      return (
        <p class="number-box">
          <span class="blank-box"></span> {q.unit}
        </p>
      );
    case 'age_bands':
      return (
        <table class="band-grid">
          <thead>
            <tr>
              {AGE_BANDS.map((b) => (
                <th scope="col">{b.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {AGE_BANDS.map(() => (
                <td>{q.unit}</td>
              ))}
            </tr>
          </tbody>
        </table>
      );
    case 'text':
      return <WriteLines lines={q.long ? 6 : 2} />;
  }
}

function CopySheet({ view, copy }: { view: BlankQuestionnaireView; copy: QuestionnaireCopy }) {
  const { template } = view;
  let n = 0;
  return (
    <article class="sheet">
      <header class="sheet-head">
        <h1>{template.title}</h1>
        {copy ? (
          <p class="sheet-for">
            {copy.agencyName} 様　<span class="paper-code">用紙番号 {copy.code}</span>
          </p>
        ) : (
          <p class="sheet-for">
            機関名：<span class="blank-inline wide"></span>
          </p>
        )}
        {template.intro && <p class="sheet-hint">{template.intro}</p>}
      </header>
      {template.sections.map((s) => (
        <section class="sheet-section">
          <h2>{s.heading}</h2>
          {s.help && <p class="sheet-hint">{s.help}</p>}
          {s.questions.map((q) => {
            n += 1;
            return (
              <SheetItem
                id={q.id}
                label={`問${n}　${q.label}${q.required ? '（必須）' : ''}`}
                hint={q.help || undefined}
              >
                <Answer q={q} />
              </SheetItem>
            );
          })}
        </section>
      ))}
      <p class="sheet-foot">ご記入ありがとうございました。{copy ? `（用紙番号 ${copy.code}）` : ''}</p>
    </article>
  );
}

/** The questionnaire on paper: every question of the project's template, in its order; one copy per agency. */
export function QuestionnaireBlankPage({ view, back }: { view: BlankQuestionnaireView; back: string }) {
  return (
    <PrintFrame title={`${view.template.title}（印刷用）`} back={back}>
      {view.copies.map((copy) => (
        <CopySheet view={view} copy={copy} />
      ))}
    </PrintFrame>
  );
}
