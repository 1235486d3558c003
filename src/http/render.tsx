// Download responses shared by every feature's routes: CSV in the encoding the user chose.
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { csvEncodingOf, encodeCsv } from '../lib/csvEncoding.ts';
import { contentDisposition } from '../lib/fileName.ts';
import { CsvEncodingNoticePage } from '../../views/layout/csvEncodingNoticePage.tsx';

/**
 * The CSV text as a download: UTF-8 with BOM by default, Shift_JIS with `?encoding=sjis`. When
 * Shift_JIS cannot hold some characters, a page first says which and how many (they become 〓),
 * and the download happens only once the user confirms (`&replace=1`).
 */
export function csvDownload(c: Context<AppEnv>, csv: string, fileName: string) {
  const encoding = csvEncodingOf(c.req.query('encoding'));
  const { bytes, replaced } = encodeCsv(csv, encoding);
  if (replaced.length && c.req.query('replace') !== '1') {
    const url = new URL(c.req.url);
    url.searchParams.delete('encoding');
    url.searchParams.delete('replace');
    return c.render(
      <CsvEncodingNoticePage href={`${url.pathname}${url.search}`} fileName={fileName} replaced={replaced} />,
    );
  }
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': `text/csv; charset=${encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`,
    'Content-Disposition': contentDisposition(fileName),
    ...(replaced.length ? { 'X-Replaced-Characters': String(replaced.length) } : {}),
  });
}

/** An XLSX workbook as a download. */
export function xlsxDownload(c: Context<AppEnv>, xlsx: Buffer, fileName: string) {
  return c.body(new Uint8Array(xlsx), 200, {
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': contentDisposition(fileName),
  });
}
