// CSV import of the agency list: maps a spreadsheet's Japanese headers to fields and checks
// every row, so the preview can show all problems before anything is saved. Pure: the
// project's existing keys and names are passed in.
import { validate } from '../lib/validation.ts';
import { parseCsv, toCsv } from './csv.ts';
import { restoreCsvText } from '../lib/spreadsheet.ts';
import { agencySchema, type AgencyInput } from './schemas.ts';
import type { FieldErrors } from '../http/form.ts';
import { CSV_COLUMNS, MAX_IMPORT_ROWS, type CsvField } from '../lib/labels/agencies.ts';

function headerKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・()（）\-_]/g, '');
}
const HEADER_LOOKUP = new Map<string, CsvField>(
  CSV_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [headerKey(h), c.field] as const)),
);

function nameKey(s: string): string {
  return s.normalize('NFKC').replace(/\s/g, '');
}

export type ImportRow = {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  line: number;
  values: Record<CsvField, string>;
  errors: FieldErrors;
  input: AgencyInput | null;
};

export type ImportPreview = {
  fileErrors: string[];
  ignoredHeaders: string[];
  rows: ImportRow[];
  /** The rows re-serialised under the canonical headers; re-posted and re-checked on confirm. */
  normalizedCsv: string;
  /** Every row's input when the whole file is valid, otherwise null. */
  valid: AgencyInput[] | null;
};

const failed = (fileErrors: string[]): ImportPreview => ({
  fileErrors,
  ignoredHeaders: [],
  rows: [],
  normalizedCsv: '',
  valid: null,
});

export function analyseImport(
  text: string,
  existing: { keys: readonly string[]; names: readonly string[] },
): ImportPreview {
  const parsed = parseCsv(text);
  if (!parsed.ok) return failed([parsed.error]);
  const records = parsed.rows
    .map((cells, i) => ({ cells, line: i + 1 }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (records.length === 0) return failed(['ファイルが空です。1行目に見出し、2行目から機関を入力してください。']);
  const [header, ...body] = records;

  const columnOf = new Map<CsvField, number>();
  const ignoredHeaders: string[] = [];
  const fileErrors: string[] = [];
  header.cells.forEach((cell, i) => {
    const field = HEADER_LOOKUP.get(headerKey(cell));
    if (!field) {
      if (cell.trim()) ignoredHeaders.push(cell.trim());
    } else if (columnOf.has(field)) {
      fileErrors.push(
        `「${CSV_COLUMNS.find((c) => c.field === field)!.header}」に当たる列が複数あります（${cell.trim()}）。1列にしてください。`,
      );
    } else columnOf.set(field, i);
  });
  const missing = CSV_COLUMNS.filter((c) => c.required && !columnOf.has(c.field)).map((c) => c.header);
  if (missing.length) {
    fileErrors.push(
      `${header.line}行目の見出しに「${missing.join('」「')}」の列が見つかりません。テンプレートの見出しを使ってください。`,
    );
  }
  if (body.length === 0) fileErrors.push('取り込む機関の行がありません（2行目から入力してください）。');
  if (body.length > MAX_IMPORT_ROWS)
    fileErrors.push(
      `一度に取り込めるのは${MAX_IMPORT_ROWS}行までです（${body.length}行あります）。ファイルを分けてください。`,
    );
  if (fileErrors.length) return { ...failed(fileErrors), ignoredHeaders };

  const existingKeys = new Set(existing.keys);
  const existingNames = new Set(existing.names.map(nameKey));
  const keyLines = new Map<string, number>();
  const nameLines = new Map<string, number>();
  const rows = body.map(({ cells, line }): ImportRow => {
    const values = Object.fromEntries(
      CSV_COLUMNS.map((c) => [
        c.field,
        columnOf.has(c.field) ? restoreCsvText((cells[columnOf.get(c.field)!] ?? '').trim()) : '',
      ]),
    ) as Record<CsvField, string>;
    const result = validate(agencySchema, values);
    const errors: FieldErrors = result.ok ? {} : { ...result.errors };
    const key = values.key;
    if (key && !errors.key) {
      if (existingKeys.has(key)) errors.key = `キー「${key}」は既に登録されています`;
      else if (keyLines.has(key)) errors.key = `キー「${key}」が${keyLines.get(key)}行目と重複しています`;
      else keyLines.set(key, line);
    }
    const name = nameKey(values.name);
    if (name && !errors.name) {
      if (existingNames.has(name))
        errors.name = `「${values.name}」は既に登録されています（二重登録を防ぐため取り込めません）`;
      else if (nameLines.has(name)) errors.name = `機関名が${nameLines.get(name)}行目と重複しています`;
      else nameLines.set(name, line);
    }
    const ok = result.ok && Object.keys(errors).length === 0;
    return { line, values, errors, input: ok ? result.data : null };
  });

  const normalizedCsv = toCsv([
    CSV_COLUMNS.map((c) => c.header),
    ...rows.map((r) => CSV_COLUMNS.map((c) => r.values[c.field])),
  ]);
  const valid = rows.every((r) => r.input) ? rows.map((r) => r.input!) : null;
  return { fileErrors: [], ignoredHeaders, rows, normalizedCsv, valid };
}
