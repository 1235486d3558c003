// The questionnaire aggregates the staff results page and the meeting packet both show, as table
// data and chart rows: a column, label or figure format changes here for both. The two differ
// only in print details, set by the callers' options.
import type {
  AgeBandTotal,
  ContactsGroupTotals,
  ContactsPerCaseRow,
  DropOff,
  MultiChoiceSummary,
} from '../../src/questionnaire/aggregate.ts';
import { num, type TableData } from '../components/dataTable.ts';
import { esc } from '../markup.ts';
import type { HBarRow } from '../charts/hBarChart.tsx';
import type { StackedCategory } from '../charts/stackedBarChart.tsx';
import {
  AGE_BAND_LABEL,
  AGE_BAND_WIDTH,
  AGE_UNKNOWN_LABEL,
  CASELOAD_SUM_LABEL,
  DROP_OFF_LABEL,
} from '../../src/lib/labels/questionnaire.ts';

/** Contacts per case, one decimal; no cases: a dash. */
export const perCaseText = (n: number | null) => (n === null ? '—' : n.toFixed(1));

/** Seed 000's words for contacts ÷ people (延べ対応回数 ÷ 実人数). */
export const PER_CASE_HEADING = '1事例あたりの対応回数（延べ対応回数 ÷ 実人数）';

/** The seed's comparison: agencies for ages up to 18 against the rest (上限なし counts with the rest). */
export const CONTACT_GROUP_LABELS = ['18歳以下を対象とする機関', 'その他の機関（上限なしを含む）'] as const;

/**
 * How many agencies fell in each group, the 上限なし agencies by name, and each group's figure:
 * "18歳以下を対象とする機関（上限年齢が18歳以下）2機関：1事例あたり 9.3回。…"
 */
export function contactsSplitText(
  groups: readonly [ContactsGroupTotals, ContactsGroupTotals],
  name: (key: string) => string,
): string {
  const [youth, others] = groups;
  const unlimited = others.noUpperLimit.length
    ? `（うち対象年齢の上限なし ${others.noUpperLimit.length}機関：${others.noUpperLimit.map(name).join('、')}）`
    : '';
  return (
    `${CONTACT_GROUP_LABELS[0]}（対象年齢の上限が18歳以下）${youth.agencies}機関：1事例あたり ${perCaseText(youth.perCase)}回。` +
    `その他の機関 ${others.agencies}機関${unlimited}：1事例あたり ${perCaseText(others.perCase)}回。` +
    '対象年齢の上限がない機関は「その他の機関」に数えています。'
  );
}

/** The two groups of CONTACT_GROUP_LABELS; `emphasise` marks the per-case figure in bold. */
export function contactsByGroupTable(
  groups: readonly [ContactsGroupTotals, ContactsGroupTotals],
  emphasise = false,
): TableData {
  return {
    caption: '対象年齢による比較',
    columns: ['区分', num('機関数'), num(CASELOAD_SUM_LABEL), num('延べ対応回数'), num('1事例あたり')],
    rows: groups.map((g, i) => [
      CONTACT_GROUP_LABELS[i],
      String(g.agencies),
      String(g.people),
      String(g.contacts),
      emphasise ? `<strong>${perCaseText(g.perCase)}</strong>` : perCaseText(g.perCase),
    ]),
  };
}

/** One row per agency; with `ageRange`, a column of the ages each agency serves. */
export function contactsPerAgencyTable(
  caption: string,
  rows: readonly ContactsPerCaseRow[],
  name: (key: string) => string,
  ageRange?: (key: string) => string,
): TableData {
  const figures = (x: ContactsPerCaseRow) => [String(x.people), String(x.contacts), perCaseText(x.perCase)];
  return {
    caption,
    columns: [
      '機関',
      ...(ageRange ? ['対象年齢'] : []),
      num('実人数（年齢不明を含む）'),
      num('延べ対応回数'),
      num('1事例あたり'),
    ],
    rows: rows.map((x) =>
      ageRange ? [esc(name(x.agency)), esc(ageRange(x.agency)), ...figures(x)] : [esc(name(x.agency)), ...figures(x)],
    ),
  };
}

/**
 * A multiple-choice question's options with the number and share of agencies choosing each.
 * `percentIn` puts the % sign in the heading (screen) or after each figure (print).
 */
export function choiceTable(label: string, summary: MultiChoiceSummary, percentIn: 'heading' | 'cells'): TableData {
  const sign = percentIn === 'cells' ? '%' : '';
  return {
    caption: `${label}（回答 ${summary.base} 機関）`,
    columns: [label, num('機関数'), num(percentIn === 'heading' ? '割合（%）' : '割合')],
    rows: summary.options.map((o) => [esc(o.option), String(o.count), `${o.share.toFixed(1)}${sign}`]),
  };
}

/** Bars of a multiple-choice question: share of agencies per option, on a 0–100 axis. */
export function shareBars(summary: MultiChoiceSummary): HBarRow[] {
  return summary.options.map((o) => ({ label: o.option, value: o.share, valueLabel: `${o.share.toFixed(1)}%` }));
}

/** Per-year density as printed: 2 decimals, as in the packet JSON. */
export const perYearText = (n: number) => n.toFixed(2);

/** The chart marks of the two readings of a raw drop-off. */
const DROP_MARK = { confirmed: '▼減少', apparent: '▽見かけ' } as const;

/** What the marks under the charts and in the tables mean. */
export const DROP_MARK_CAPTION =
  `${DROP_MARK.confirmed}＝${DROP_OFF_LABEL.confirmed}（支援件数も1歳あたりの人数も前後の年齢帯より少ない）。` +
  `${DROP_MARK.apparent}＝支援件数は前後の年齢帯より少ないが、1歳あたりの人数では少なくない（${DROP_OFF_LABEL.apparent}）。`;

const dropKinds = (dropOffs: readonly DropOff[]) => new Map(dropOffs.map((d) => [d.band, d.confirmed]));

/** Age bands as chart categories: the number of agencies under each, each raw drop-off marked by its reading. */
export function ageBandCategories(bands: readonly AgeBandTotal[], dropOffs: readonly DropOff[]): StackedCategory[] {
  const kind = dropKinds(dropOffs);
  return bands.map((t) => ({
    key: t.band,
    label: AGE_BAND_LABEL[t.band],
    note: `${t.agencies}機関`,
    flagged: kind.has(t.band),
    flagText: kind.has(t.band) ? DROP_MARK[kind.get(t.band) ? 'confirmed' : 'apparent'] : undefined,
  }));
}

/** The per-year chart's categories: each band's width under it, confirmed drop-offs marked. */
export function perYearCategories(bands: readonly AgeBandTotal[], dropOffs: readonly DropOff[]): StackedCategory[] {
  const kind = dropKinds(dropOffs);
  return bands.map((t) => ({
    key: t.band,
    label: AGE_BAND_LABEL[t.band],
    note: `幅${AGE_BAND_WIDTH[t.band]}歳`,
    flagged: kind.get(t.band) === true,
    flagText: kind.get(t.band) ? DROP_MARK.confirmed : undefined,
  }));
}

/** The per-year chart's one series. */
export const perYearSeries = (bands: readonly AgeBandTotal[]) => [
  { label: '1歳あたりの支援件数', values: bands.map((t) => t.perYear) },
];

/** "15歳以下 30人（1歳あたり5.00人、5機関）、…、年齢不明 12人": the charts' figures in words. */
export function ageBandTotalsText(bands: readonly AgeBandTotal[], ageUnknown: number): string {
  const rows = bands.map(
    (t) => `${AGE_BAND_LABEL[t.band]} ${t.cases}人（1歳あたり${perYearText(t.perYear)}人、${t.agencies}機関）`,
  );
  return [...rows, `${AGE_UNKNOWN_LABEL} ${ageUnknown}人（グラフには含みません）`].join('、');
}

/**
 * The drop-off statements: confirmed dips and possible width artefacts never share a sentence.
 * An unconfirmed dip's band is always narrower than a neighbour it is not lower than per year.
 */
export function dropOffSentences(dropOffs: readonly DropOff[]): string[] {
  const names = (confirmed: boolean) =>
    dropOffs
      .filter((d) => d.confirmed === confirmed)
      .map((d) => AGE_BAND_LABEL[d.band])
      .join('、');
  const out: string[] = [];
  if (dropOffs.some((d) => d.confirmed))
    out.push(
      `${DROP_OFF_LABEL.confirmed}：${names(true)}。支援件数が前後の年齢帯より少なく、1歳あたりの人数でも前後の年齢帯より少ない年齢帯です。支援機関が切り替わる年齢で、支援の狭間に落ちている可能性があります。`,
    );
  if (dropOffs.some((d) => !d.confirmed))
    out.push(
      `${names(false)}：支援件数は前後の年齢帯より少ないものの、1歳あたりの人数では前後の年齢帯より少なくありません。年齢帯の幅が隣の年齢帯より狭いため、${DROP_OFF_LABEL.apparent}があります。`,
    );
  return out;
}

/** The age-band table: width, 支援件数, per-year density, agencies and the reading of each band; 年齢不明 and the total below. */
export function ageBandTable(
  caption: string,
  bands: readonly AgeBandTotal[],
  dropOffs: readonly DropOff[],
  ageUnknown: number,
  caseloadTotal: number,
): TableData {
  const kind = dropKinds(dropOffs);
  const reading = (band: AgeBandTotal['band']) =>
    kind.has(band) ? (kind.get(band) ? `▼ ${DROP_OFF_LABEL.confirmed}` : `▽ ${DROP_OFF_LABEL.apparent}`) : '';
  return {
    caption,
    columns: [
      '年齢帯',
      num('幅（歳）'),
      num(CASELOAD_SUM_LABEL),
      num('1歳あたり'),
      num('支援している機関数'),
      '減少の判定',
    ],
    rows: [
      ...bands.map((t) => [
        esc(AGE_BAND_LABEL[t.band]),
        String(AGE_BAND_WIDTH[t.band]),
        String(t.cases),
        perYearText(t.perYear),
        String(t.agencies),
        reading(t.band),
      ]),
      [AGE_UNKNOWN_LABEL, '—', String(ageUnknown), '—', '—', '年齢帯に含めない'],
      // a body row, not <tfoot>: printed, a footer would repeat on every page the table spans
      ['合計', '', `<strong>${caseloadTotal}</strong>`, '', '', '年齢不明を含む'],
    ],
  };
}
