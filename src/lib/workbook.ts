// The one XLSX writer every workbook uses (questionnaire results, packet appendix, issues table,
// resource map, hearing themes, agency list, attendance…), so each prints on A4 the same way:
// header row in row 1 (repeated on every printed page), one page wide, landscape when wide,
// project / sheet / page N of M in the margins; dates, times and percentages as typed cells.
import { jstParts, sheetName, type Cell, type DataTable } from './spreadsheet.ts';

export type SheetSpec = {
  /** Wanted sheet name (made valid and unique). */
  name: string;
  /** What the sheet shows, printed in the page header (the table itself starts in row 1). */
  title?: string;
  header: string[];
  rows: Cell[][];
};

/** A titled table as a sheet. */
export function tableSheet(t: DataTable): SheetSpec {
  return { name: t.sheet, title: t.title, header: t.columns, rows: t.rows };
}

export type WorkbookMeta = { project: string; title: string; created?: Date };

const NUM_FMT = { date: 'yyyy/m/d', datetime: 'yyyy/m/d h:mm', time: 'h:mm', percent: '0.0%' } as const;

/** A JST wall-clock time as the Date exceljs turns into an Excel serial (it reads the UTC fields). */
function excelDate(y: number, mo: number, d: number, h = 0, mi = 0): Date {
  return new Date(Date.UTC(y, mo - 1, d, h, mi));
}

function cellValue(value: Cell): { value: string | number | Date | null; numFmt?: string } {
  if (value === null || typeof value !== 'object') return { value };
  switch (value.kind) {
    case 'date': {
      const [y, mo, d] = value.ymd.split('-').map(Number);
      return { value: excelDate(y, mo, d), numFmt: NUM_FMT.date };
    }
    case 'datetime': {
      const p = jstParts(value.iso);
      return { value: excelDate(p.y, p.mo, p.d, p.h, p.mi), numFmt: NUM_FMT.datetime };
    }
    case 'time': {
      const [h, mi] = value.hm.split(':').map(Number);
      return { value: (h * 60 + mi) / 1440, numFmt: NUM_FMT.time };
    }
    case 'percent':
      return { value: value.share, numFmt: NUM_FMT.percent };
  }
}

/** Rough display width of a cell in Excel's character units (full-width characters count two). */
function displayWidth(value: Cell): number {
  const text = value === null ? '' : typeof value === 'object' ? '2024/12/24 10:00' : String(value);
  let w = 0;
  for (const ch of text.split('\n')[0]) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

/** Header and footer text: "&" is the code character there, so a literal one is doubled. */
const hf = (s: string) => s.replaceAll('&', '&&');

/** Widths beyond this (A4 portrait, ~90 characters at 10pt) print in landscape. */
const PORTRAIT_WIDTH = 95;

export async function writeWorkbook(meta: WorkbookMeta, sheets: readonly SheetSpec[]): Promise<Buffer> {
  // loaded on first use: exceljs adds ~20 MB to the server's memory
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'renkei';
  wb.title = meta.title;
  wb.created = meta.created ?? new Date();
  const used = new Set<string>();
  for (const sheet of sheets) {
    const widths = sheet.header.map((h, i) =>
      Math.min(50, Math.max(6, displayWidth(h), ...sheet.rows.map((r) => displayWidth(r[i] ?? null))) + 2),
    );
    const total = widths.reduce((s, w) => s + w, 0);
    const ws = wb.addWorksheet(sheetName(sheet.name, used), {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: {
        paperSize: 9,
        orientation: total > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
        horizontalCentered: true,
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      },
      headerFooter: {
        oddHeader: `&L&8${hf(meta.project)}&C&9${hf(sheet.title ?? meta.title)}&R&8&A`,
        oddFooter: `&C&9&P / &N`,
      },
    });
    const header = ws.addRow(sheet.header);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E9E8' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const row of sheet.rows) {
      const r = ws.addRow([]);
      row.forEach((v, i) => {
        const { value, numFmt } = cellValue(v);
        const cell = r.getCell(i + 1);
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
        if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
      });
    }
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    if (sheet.header.length)
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
