// The resource map as plain tables (機関一覧 against the age bands, agencies per band, agencies per
// year of age): the map's own XLSX and the packet's appendix write the same sheets.
import { AGENCY_FIELD_LABEL, type ResourceMap } from './map.ts';
import type { DataTable } from '../lib/spreadsheet.ts';

export function resourceMapTables(map: ResourceMap): DataTable[] {
  const bands = map.bands.map((b) => b.label);
  return [
    {
      sheet: '社会資源マップ',
      title: '社会資源マップ（対象年齢帯に 1）',
      columns: ['分野', '機関キー', '機関名', '種別', '対象年齢', '下限', '上限', ...bands],
      rows: map.fields.flatMap((f) =>
        f.agencies.map((a) => [
          AGENCY_FIELD_LABEL[a.field],
          a.key,
          a.name,
          a.kind,
          a.ageLabel,
          a.ageMin,
          a.ageMax,
          ...a.bands.map((on) => (on ? 1 : 0)),
        ]),
      ),
    },
    {
      sheet: '年齢帯別の対応機関数',
      title: '年齢帯別の対応機関数',
      columns: ['年齢帯', '年齢帯キー', '対応機関数', '状況', ...map.fields.map((f) => f.label)],
      rows: map.coverage.map((c, i) => [
        c.label,
        c.band,
        c.agencies,
        c.level === 'none' ? '支援機関なし' : c.level === 'single' ? '1機関のみ' : '',
        ...map.fields.map((f) => f.counts[i]),
      ]),
    },
    {
      sheet: '年齢別の対応機関数',
      title: '年齢別の対応機関数（1歳ごと。0＝支援機関なし、1＝1機関のみ）',
      columns: ['年齢', ...map.ages.fields.map((f) => f.label), map.ages.total.label],
      rows: map.ages.ages.map((age) => [age, ...map.ages.fields.map((f) => f.counts[age]), map.ages.total.counts[age]]),
    },
  ];
}
