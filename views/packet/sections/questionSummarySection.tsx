import type { PacketDocument } from '../../../src/packet/compile.ts';
import { SummaryBodyView } from '../../questionnaire/questionSummary.tsx';

/** The summaries of the questions chosen in the builder, each under its own heading. */
export function QuestionSummarySection({ doc }: { doc: PacketDocument }) {
  const { respondents, questions } = doc.questionSummaries;
  if (questions.length === 0) return <p class="p-empty">載せる設問が選ばれていません。</p>;
  return (
    <>
      <p>
        アンケートに回答（提出）した {respondents}{' '}
        機関の集計です。割合は設問ごとの回答機関数を母数とし、自由記述は機関名を示す設定の設問のみ機関名を載せています。
      </p>
      {questions.map((q) => (
        <div class="p-question-summary">
          <h3>{q.label}</h3>
          <SummaryBodyView q={q} respondents={respondents} tableClass="p-table" breakdown={false} />
        </div>
      ))}
    </>
  );
}
