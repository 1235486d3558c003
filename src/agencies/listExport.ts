// The agency list as a file: the CSV has exactly the import template's columns, so export →
// edit in Excel → import (e.g. into next year's project) round-trips; the XLSX adds the key.
import type { Agency } from './queries.ts';
import { toCsv, type Cell } from '../lib/spreadsheet.ts';
import { AGENCY_FIELDS, TEMPLATE_HEADERS } from '../lib/labels/agencies.ts';

const FIELD_LABEL = new Map<string, string>(AGENCY_FIELDS.map((f) => [f.value, f.label]));

/** One row per agency in the template's column order (機関名, 種別, 分野, 年齢, 担当者, メール). */
function agencyListRows(list: readonly Agency[]): string[][] {
  return [
    [...TEMPLATE_HEADERS],
    ...list.map((a) => [
      a.name,
      a.kind,
      FIELD_LABEL.get(a.field) ?? a.field,
      a.ageMin === null ? '' : String(a.ageMin),
      a.ageMax === null ? '' : String(a.ageMax),
      a.contactName,
      a.contactEmail,
    ]),
  ];
}

/** The CSV text (formula-like text guarded with an apostrophe, which the import removes again). */
export function agencyListCsv(list: readonly Agency[]): string {
  return toCsv(agencyListRows(list));
}

/** The same list for the workbook: the key first, ages as numbers. */
export function agencyListTable(list: readonly Agency[]): { header: string[]; rows: Cell[][] } {
  const [header, ...rows] = agencyListRows(list);
  return {
    header: ['キー', ...header],
    rows: rows.map((r, i) => [
      list[i].key,
      ...r.map((v, j) => ((j === 3 || j === 4) && v !== '' ? Number(v) : v || null)),
    ]),
  };
}
