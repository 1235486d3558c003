import { tableSheet, writeWorkbook } from '../lib/workbook.ts';
import { packetTables } from './tables.ts';
import type { PacketDocument } from './compile.ts';

/** The packet's data appendix (packet.xlsx): one sheet per table, its title in the page header. */
export function packetXlsx(doc: PacketDocument): Promise<Buffer> {
  return writeWorkbook(
    { project: doc.project.name, title: `${doc.meeting.title} 資料 データ付録`, created: new Date(doc.generatedAt) },
    packetTables(doc).map(tableSheet),
  );
}
