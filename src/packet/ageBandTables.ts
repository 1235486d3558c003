// The packet XLSX's age-band and contacts-per-case sheets (same figures as the packet JSON):
// 支援件数 and per-year density per band with the 年齢不明 row, 1事例あたりの対応回数, and for a
// next-year project both fiscal years per band.
import type { Cell } from '../lib/spreadsheet.ts';
import type { PacketDocument } from './compile.ts';
import {
  AGE_BAND_LABEL,
  AGE_BAND_WIDTH,
  AGE_UNKNOWN_LABEL,
  CASELOAD_SUM_LABEL,
  DROP_OFF_LABEL,
} from '../lib/labels/questionnaire.ts';

type Sheet = { sheet: string; title: string; columns: string[]; rows: Cell[][] };

/** A next-year project's both years per band (none for a first year). */
function yearComparisonTable(doc: PacketDocument): Sheet[] {
  const v = doc.yearComparison;
  if (!v) return [];
  const [before, now] = v.years;
  return [
    {
      sheet: '前年度との比較',
      title: `年齢帯別の${CASELOAD_SUM_LABEL}：${before}と${now}`,
      columns: ['年齢帯', '年齢帯キー', before, now, '増減'],
      rows: [
        ...v.bands.map((b) => [AGE_BAND_LABEL[b.band], b.band, b.before, b.now, b.change]),
        [
          '合計（年齢不明を含む）',
          null,
          v.previous.caseloadTotal,
          v.current.caseloadTotal,
          v.current.caseloadTotal - v.previous.caseloadTotal,
        ],
        ...v.sentences.map((s) => [s]),
      ],
    },
  ];
}

export function ageBandTables(doc: PacketDocument): Sheet[] {
  const j = doc.json;
  const name = (key: string) => doc.agencyNames[key] ?? key;
  const confirmed = new Map<string, boolean>(j.dropOffs.map((d) => [d.band, d.confirmed]));
  const reading = (band: string) =>
    confirmed.has(band) ? DROP_OFF_LABEL[confirmed.get(band) ? 'confirmed' : 'apparent'] : null;
  const group = (label: string, g: typeof j.contactsPerCaseByAgeGroup.upTo18): Cell[] => [
    label,
    g.agencies,
    g.people,
    g.contacts,
    g.perCase,
    g.noUpperLimit.map(name).join('、') || null,
  ];
  return [
    ...yearComparisonTable(doc),
    {
      sheet: '年齢帯別',
      title: `年齢帯別の${CASELOAD_SUM_LABEL}と支援機関数（1歳あたり = 支援件数 ÷ 幅。15歳以下は幅6、65歳以上は幅10として計算）`,
      columns: [
        '年齢帯',
        '年齢帯キー',
        CASELOAD_SUM_LABEL,
        '支援している機関数',
        '幅（歳）',
        '1歳あたり',
        '減少の判定',
      ],
      rows: [
        ...j.ageBands.map((t) => [
          AGE_BAND_LABEL[t.band],
          t.band,
          t.cases,
          t.agencies,
          AGE_BAND_WIDTH[t.band],
          t.perYear,
          reading(t.band),
        ]),
        [AGE_UNKNOWN_LABEL, null, j.ageUnknown, null, null, null, '年齢帯に含めない'],
        ['合計（年齢不明を含む）', null, j.caseloadTotal, null, null, null, null],
      ],
    },
    {
      sheet: '対応回数',
      title: '1事例あたりの対応回数（延べ対応回数 ÷ 実人数。実人数は年齢不明を含む）',
      columns: ['機関キー', '機関名', '実人数（年齢不明を含む）', '延べ対応回数', '1事例あたり'],
      rows: j.contactsPerCase.map((r) => [r.agency, name(r.agency), r.people, r.contacts, r.perCase]),
    },
    {
      sheet: '対応回数（対象年齢別）',
      title: '1事例あたりの対応回数：対象年齢による比較（対象年齢の上限がない機関は「その他」に数える）',
      columns: ['区分', '機関数', CASELOAD_SUM_LABEL, '延べ対応回数', '1事例あたり', 'うち上限なしの機関'],
      rows: [
        group('18歳以下を対象とする機関', j.contactsPerCaseByAgeGroup.upTo18),
        group('その他の機関（上限なしを含む）', j.contactsPerCaseByAgeGroup.others),
      ],
    },
  ];
}
