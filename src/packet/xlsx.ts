import { neutraliseCell, sheetName } from '../lib/spreadsheet.ts';
import { packetTables, type DataTable } from './tables.ts';
import type { PacketDocument } from './compile.ts';

/** One sheet per table: title row, header row, data; text that looks like a formula stays text. */
export async function tablesToXlsx(tables: DataTable[], meta: { title: string; created: Date }): Promise<Buffer> {
  // loaded on first use: exceljs adds ~25 MB to the server's memory
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'renkei';
  wb.title = meta.title;
  wb.created = meta.created;
  const used = new Set<string>();
  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t.sheet, used), { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.addRow([neutraliseCell(t.title)]).font = { bold: true, size: 12 };
    const header = ws.addRow(t.columns.map(neutraliseCell));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E9E8' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const row of t.rows) ws.addRow(row.map(neutraliseCell));
    ws.columns.forEach((col, i) => {
      const widest = Math.max(t.columns[i]?.length ?? 0, ...t.rows.map((r) => String(r[i] ?? '').length));
      col.width = Math.min(60, Math.max(8, widest * 2 + 2));
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The packet's data appendix (packet.xlsx). */
export function packetXlsx(doc: PacketDocument): Promise<Buffer> {
  return tablesToXlsx(packetTables(doc), {
    title: `${doc.meeting.title} 資料 データ付録`,
    created: new Date(doc.generatedAt),
  });
}
