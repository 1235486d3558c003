// One question's summary as a table (and bars where chartable), for the results page and the
// packet alike; the results page adds an index (目次) of every question and the 課題 cross-tab.
import type {
  CrossTab,
  GroupSummary,
  MatrixSummary,
  QuestionSummary,
  SectionSummary,
  SummaryBody,
} from '../../src/questionnaire/questionSummaries.ts';
import { dataTable, num, type TableData } from '../components/dataTable.ts';
import { each, esc, markup } from '../markup.ts';
import { HBarChart } from '../charts/hBarChart.tsx';

/** In-page anchor of a question's summary. */
export const summaryAnchor = (id: string) => `q-${id}`;

const pct = (share: number) => `${share.toFixed(1)}%`;
const dash = (n: number | null, digits = 0) => (n === null ? '—' : n.toFixed(digits));

function baseText(s: SummaryBody, respondents: number): string {
  return `回答機関数 ${s.base} 機関（提出 ${respondents} 機関中）`;
}

function choiceTable(label: string, s: Extract<SummaryBody, { kind: 'choice' }>): TableData {
  return {
    caption: `${label}（${s.multi ? '複数回答、' : ''}回答機関数 ${s.base} 機関を母数とする割合）`,
    columns: ['選択肢', num('機関数'), num('割合')],
    rows: s.options.map((o) => [esc(o.option), String(o.count), pct(o.share)]),
  };
}

function numberTable(label: string, s: Extract<SummaryBody, { kind: 'number' }>): TableData {
  const u = s.unit;
  return {
    caption: label,
    columns: ['回答機関数', num(`合計（${u || '値'}）`), num('平均'), num('中央値'), num('最小'), num('最大')],
    rows: [[`${s.base} 機関`, String(s.total), dash(s.mean, 1), dash(s.median, 1), dash(s.min), dash(s.max)]],
  };
}

/** Column totals always; the per-agency rows with `byAgency`. */
function matrixTable(label: string, s: MatrixSummary, byAgency: boolean): TableData {
  return {
    caption: `${label}（${s.unit}、回答機関数 ${s.base} 機関）`,
    columns: [byAgency ? '機関' : '区分', ...s.columns.map(num), num('合計')],
    rows: byAgency ? s.rows.map((r) => [esc(r.label), ...r.values.map(String), String(r.total)]) : [],
    foot: [['合計', ...s.columnTotals.map((v) => `<strong>${v}</strong>`), `<strong>${s.total}</strong>`]],
  };
}

function Matrix(p: { label: string; s: MatrixSummary; chartId: string; cls?: string; breakdown?: boolean }) {
  const { label, s, chartId, cls } = p;
  const attrs = { class: cls };
  return (
    <>
      <div class="table-wrap">{markup(dataTable(matrixTable(label, s, false), attrs))}</div>
      {s.rows.length > 0 && p.breakdown !== false && (
        <details class="no-print">
          <summary>機関別の内訳（{s.rows.length} 機関）</summary>
          <div class="table-wrap">{markup(dataTable(matrixTable(`${label}：機関別`, s, true), attrs))}</div>
        </details>
      )}
      {s.total > 0 && (
        <figure>
          <HBarChart
            id={chartId}
            title={`${label}（合計、${s.unit}）`}
            rows={s.columns.map((c, i) => ({
              label: c,
              value: s.columnTotals[i],
              valueLabel: `${s.columnTotals[i]}${s.unit}`,
            }))}
          />
        </figure>
      )}
    </>
  );
}

/** The summary under a question's heading: base, table, chart, その他 texts or free text. */
/** `tableClass` styles the tables (the packet's p-table); `breakdown: false` leaves out matrices' per-agency rows. */
export function SummaryBodyView(p: {
  q: QuestionSummary;
  respondents: number;
  tableClass?: string;
  breakdown?: boolean;
}) {
  const { q, respondents } = p;
  const s = q.summary;
  const attrs = { class: p.tableClass };
  const chartId = `chart-${summaryAnchor(q.id)}`;
  return (
    <>
      <p class="muted">{baseText(s, respondents)}</p>
      {s.kind === 'choice' && (
        <>
          {q.chartable && (
            <figure>
              <HBarChart
                id={chartId}
                title={`${q.label}（回答機関数 ${s.base} 機関に占める割合、%）`}
                max={100}
                rows={s.options.map((o) => ({ label: o.option, value: o.share, valueLabel: pct(o.share) }))}
              />
            </figure>
          )}
          <div class="table-wrap">{markup(dataTable(choiceTable(q.label, s), attrs))}</div>
          {s.otherTexts.length > 0 && (
            <>
              <p>「その他」の内容（{s.otherTexts.length} 件、機関名なし）</p>
              <ul class="free-text">{markup(each(s.otherTexts, (t) => `<li class="prewrap">${esc(t)}</li>`))}</ul>
            </>
          )}
        </>
      )}
      {s.kind === 'number' && <div class="table-wrap">{markup(dataTable(numberTable(q.label, s), attrs))}</div>}
      {s.kind === 'matrix' && (
        <Matrix label={q.label} s={s} chartId={chartId} cls={p.tableClass} breakdown={p.breakdown} />
      )}
      {s.kind === 'text' &&
        (s.answers.length === 0 ? (
          <p class="muted">記入はありません。</p>
        ) : s.shareable ? (
          <dl class="free-text">
            {markup(each(s.answers, (a) => `<dt>${esc(a.agency ?? '')}</dt><dd class="prewrap">${esc(a.text)}</dd>`))}
          </dl>
        ) : (
          <>
            <p>機関名なし（この設問は機関名を示さない設定です）</p>
            <ul class="free-text">{markup(each(s.answers, (a) => `<li class="prewrap">${esc(a.text)}</li>`))}</ul>
          </>
        ))}
    </>
  );
}

/** A run of "見出し：項目" number questions read together (e.g. 性別). */
export function GroupView({ g }: { g: GroupSummary }) {
  return <Matrix label={g.label} s={g.summary} chartId={`chart-group-${g.id}`} />;
}

function CrossTabTable({ label, tab }: { label: string; tab: CrossTab }) {
  const t: TableData = {
    caption: `${label}：${tab.byLabel}別（各列の割合はその${tab.byLabel}の回答機関数が母数）`,
    columns: ['課題', ...tab.groups.map((g) => num(`${g.label}（${g.base}機関）`)), num('計')],
    rows: tab.rows.map((r) => [
      esc(r.option),
      ...r.counts.map((c, i) => `${c}（${pct(r.shares[i])}）`),
      String(r.total),
    ]),
  };
  return <div class="table-wrap">{markup(dataTable(t))}</div>;
}

type SummariesProps = {
  sections: SectionSummary[];
  respondents: number;
  crossTabs: { label: string; tabs: CrossTab[] } | null;
};

/** The results page's index (目次): a link to every question's summary and to the cross-tab. */
export function SummaryIndex(p: SummariesProps) {
  return (
    <nav aria-labelledby="summary-index" class="result-block summary-index">
      <h2 id="summary-index">目次（設問別の集計）</h2>
      <ul>
        {p.sections.map((s) => (
          <li>
            {s.heading}
            <ol>
              {s.questions.map((q) => (
                <li>
                  <a href={`#${summaryAnchor(q.id)}`}>{q.label}</a>
                </li>
              ))}
            </ol>
          </li>
        ))}
        {p.crossTabs && (
          <li>
            <a href="#cross-tab">{p.crossTabs.label}：機関の種別・分野別</a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Every question's summary, section by section, then the cross-tab. */
export function QuestionSummaries(p: SummariesProps) {
  return (
    <section class="result-block" id="question-summaries">
      <h2>設問別の集計</h2>
      {p.sections.map((s) => (
        <>
          <h3>{s.heading}</h3>
          {s.questions.map((q) => (
            <div class="question-summary" id={summaryAnchor(q.id)}>
              <h4>{q.label}</h4>
              <SummaryBodyView q={q} respondents={p.respondents} />
            </div>
          ))}
          {s.groups.map((g) => (
            <div class="question-summary">
              <h4>{g.label}（まとめ）</h4>
              <GroupView g={g} />
            </div>
          ))}
        </>
      ))}
      {p.crossTabs && (
        <div class="question-summary" id="cross-tab">
          <h3>{p.crossTabs.label}：機関の種別・分野別</h3>
          {p.crossTabs.tabs.map((tab) => (
            <CrossTabTable label={p.crossTabs!.label} tab={tab} />
          ))}
        </div>
      )}
    </section>
  );
}
