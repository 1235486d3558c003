// Shared by every spreadsheet export (questionnaire, packet appendix, resource map directory, agency list…):
// the cell type, its CSV text, and sheet names. The XLSX writer is src/lib/workbook.ts.

/** A value that is a date, time or percentage: XLSX writes it as a typed cell, CSV as Japanese text. */
export type TypedCell =
  | { kind: 'date'; ymd: string }
  | { kind: 'datetime'; iso: string }
  | { kind: 'time'; hm: string }
  | { kind: 'percent'; share: number };
export type Cell = string | number | null | TypedCell;

/** A titled table: one sheet of a workbook (the title goes to the printed page header). */
export type DataTable = { sheet: string; title: string; columns: string[]; rows: Cell[][] };

/** A calendar date "2024-12-24" (null/empty → empty cell). */
export function dateCell(ymd: string | null | undefined): Cell {
  return ymd && /^\d{4}-\d{2}-\d{2}$/.test(ymd) ? { kind: 'date', ymd } : ymd || null;
}

/** An instant (ISO string with offset), shown in JST. */
export function dateTimeCell(iso: string | null | undefined): Cell {
  return iso && !Number.isNaN(Date.parse(iso)) ? { kind: 'datetime', iso } : iso || null;
}

/** A clock time "10:00" (JST). */
export function timeCell(hm: string | null | undefined): Cell {
  return hm && /^\d{1,2}:\d{2}$/.test(hm) ? { kind: 'time', hm } : hm || null;
}

/** A share as a fraction (0.636 → 63.6%); null stays empty. */
export function percentCell(share: number | null | undefined): Cell {
  return share === null || share === undefined ? null : { kind: 'percent', share };
}

/** A share already given in per cent (63.6) as a percentage cell. */
export function percentPointsCell(points: number | null | undefined): Cell {
  return points === null || points === undefined ? null : percentCell(Math.round(points * 10) / 1000);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The JST wall-clock fields of an instant (Japan has no daylight saving). */
export function jstParts(iso: string): { y: number; mo: number; d: number; h: number; mi: number } {
  const j = new Date(Date.parse(iso) + 9 * 3600_000);
  return {
    y: j.getUTCFullYear(),
    mo: j.getUTCMonth() + 1,
    d: j.getUTCDate(),
    h: j.getUTCHours(),
    mi: j.getUTCMinutes(),
  };
}

/** How a cell reads as text (CSV): 2024/12/24, 2024/12/24 10:00, 10:00, 63.6%. */
export function cellText(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'object') return String(value);
  switch (value.kind) {
    case 'date':
      return value.ymd.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${y}/${Number(m)}/${Number(d)}`);
    case 'datetime': {
      const p = jstParts(value.iso);
      return `${p.y}/${p.mo}/${p.d} ${pad2(p.h)}:${pad2(p.mi)}`;
    }
    case 'time':
      return value.hm;
    case 'percent':
      return `${(Math.round(value.share * 1000) / 10).toFixed(1)}%`;
  }
}

/**
 * CSV only: spreadsheet apps run cells that start with = + - @ as formulas; a leading quote keeps them
 * text. (XLSX never needs it: a string cell there is never a formula.)
 */
export function neutraliseCsvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Reading a CSV back: undoes neutraliseCsvText, so export → import gives the text as typed. */
export function restoreCsvText(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

function csvField(value: Cell): string {
  const s = typeof value === 'string' ? neutraliseCsvText(value) : cellText(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV text with CRLF line ends (no BOM: src/lib/csvEncoding.ts adds it or encodes Shift_JIS). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A worksheet name: at most 31 characters, none of : \ / ? * [ ], unique within the workbook (`used`). */
export function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '・').slice(0, 28);
  let candidate = base;
  for (let i = 2; used.has(candidate); i++) candidate = `${base}${i}`;
  used.add(candidate);
  return candidate;
}
