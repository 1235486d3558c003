// Shared by every spreadsheet export (questionnaire, packet appendix, resource map directory).
export type Cell = string | number | null;

/** Spreadsheet apps run cells that start with = + - @ as formulas; a leading quote keeps them text. */
export function neutraliseCell<T extends Cell>(value: T): T {
  return (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value) as T;
}

function csvField(value: Cell): string {
  const s = value === null ? '' : String(neutraliseCell(value));
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV with a UTF-8 BOM and CRLF line ends, which Excel opens without garbling Japanese. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A worksheet name: at most 31 characters, none of : \ / ? * [ ], unique within the workbook (`used`). */
export function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '・').slice(0, 28);
  let candidate = base;
  for (let i = 2; used.has(candidate); i++) candidate = `${base}${i}`;
  used.add(candidate);
  return candidate;
}
