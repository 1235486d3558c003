// The results XLSX's age-band and contacts-per-case sheets: 支援件数 and per-year density per band,
// the 年齢不明 row and the total, then 1事例あたりの対応回数 per agency with its group.
import type { Cell } from '../lib/spreadsheet.ts';
import { ageRange, type QuestionnaireResults } from './resultsViewModel.ts';
import {
  AGE_BAND_LABEL,
  AGE_BAND_WIDTH,
  AGE_UNKNOWN_LABEL,
  CASELOAD_SUM_LABEL,
  DROP_OFF_LABEL,
} from '../lib/labels/questionnaire.ts';

type Sheet = { name: string; table: { header: string[]; rows: Cell[][] } };

export function ageBandSheets(results: QuestionnaireResults): Sheet[] {
  const perAgency = results.bandsByAgency;
  const byKey = new Map(perAgency.map((b) => [b.agency.key, b]));
  const confirmed = new Map<string, boolean>(results.dropOffs.map((d) => [d.band, d.confirmed]));
  const reading = (band: string) =>
    confirmed.has(band) ? DROP_OFF_LABEL[confirmed.get(band) ? 'confirmed' : 'apparent'] : null;
  const youth = new Set(results.contactsByAgeGroup.youth.rows.map((r) => r.agency));
  const unlimited = new Set(results.contactsByAgeGroup.others.noUpperLimit);
  return [
    {
      name: '年齢帯別支援件数',
      table: {
        header: [
          '年齢帯',
          '幅（歳）',
          CASELOAD_SUM_LABEL,
          '1歳あたり',
          '支援機関数',
          '減少の判定',
          ...perAgency.map((b) => b.agency.name),
        ],
        rows: [
          ...results.ageBands.map((t, i) => [
            AGE_BAND_LABEL[t.band],
            AGE_BAND_WIDTH[t.band],
            t.cases,
            t.perYear,
            t.agencies,
            reading(t.band),
            ...perAgency.map((b) => b.values[i]),
          ]),
          [
            AGE_UNKNOWN_LABEL,
            null,
            results.ageUnknown,
            null,
            null,
            '年齢帯に含めない',
            ...perAgency.map((b) => b.unknown),
          ],
          [
            '合計（年齢不明を含む）',
            null,
            results.caseloadTotal,
            null,
            null,
            null,
            ...perAgency.map((b) => b.values.reduce((s, v) => s + v, b.unknown)),
          ],
        ],
      },
    },
    {
      name: '1事例あたり対応回数',
      table: {
        header: [
          '機関名',
          '対象年齢',
          '区分',
          '実人数（年齢不明を含む）',
          'うち年齢不明',
          '延べ対応回数',
          '1事例あたりの対応回数',
        ],
        rows: results.contactsPerCase.map((r) => {
          const b = byKey.get(r.agency);
          const group = youth.has(r.agency)
            ? '18歳以下を対象'
            : unlimited.has(r.agency)
              ? 'その他（上限なし）'
              : 'その他';
          return [
            b?.agency.name ?? r.agency,
            ageRange(b?.agency),
            group,
            r.people,
            b?.unknown ?? 0,
            r.contacts,
            r.perCase,
          ];
        }),
      },
    },
  ];
}
