// Files as users open them (issue 18): every workbook prints on A4 with typed cells and no
// apostrophes; every CSV comes in UTF-8 (BOM) or Shift_JIS; the agency list round-trips.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { staffSetup } from './helpers.ts';
import { agencies } from '../src/db/schema.ts';
import { loadDemo } from '../src/demo/index.ts';
import { analyseImport } from '../src/agencies/import.ts';
import { decodeCsvBytes } from '../src/agencies/csv.ts';
import { encodeCsv } from '../src/lib/csvEncoding.ts';
import { TEMPLATE_HEADERS } from '../src/lib/labels/agencies.ts';

async function workbook(res: Response) {
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

/** Print setup and text cells of every sheet. */
function checkPrintable(wb: ExcelJS.Workbook, project: string) {
  for (const ws of wb.worksheets) {
    expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow, ws.name).toBe('1:1');
    expect(ws.headerFooter.oddHeader).toContain(project.replaceAll('&', '&&'));
    expect(ws.headerFooter.oddHeader).toContain('&A');
    expect(ws.headerFooter.oddFooter).toContain('&P / &N');
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') expect(cell.value, `${ws.name}!${cell.address}`).not.toMatch(/^'/);
      }),
    );
  }
}

describe('workbooks', () => {
  it('print on A4, one page wide, with typed JST dates and 0.0% percentages (demo project)', async () => {
    const { db, client, admin } = await staffSetup();
    const pid = loadDemo(db, { ownerUserId: admin.id });
    const name = 'A市 ひきこもり支援ネットワーク（令和6年度 モデル事業）';

    const q = await workbook(await client.get(`/projects/${pid}/questionnaire/export.xlsx`));
    checkPrintable(q, name);
    const raw = q.getWorksheet('回答一覧')!;
    expect(raw.pageSetup.orientation).toBe('landscape');
    const submitted = (raw.getRow(1).values as unknown[]).indexOf('提出日時');
    const cell = raw.getRow(2).getCell(submitted);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe('yyyy/m/d h:mm');
    const shares = q.getWorksheet('資格')!;
    expect(shares.getRow(2).getCell(3).numFmt).toBe('0.0%');
    expect(shares.getRow(2).getCell(3).value as number).toBeLessThanOrEqual(1);

    const meeting = 5;
    const packet = await workbook(await client.get(`/projects/${pid}/meetings/${meeting}/packet.xlsx`));
    checkPrintable(packet, name);
    const m = packet.getWorksheet('会議')!;
    const rows = m.getSheetValues().filter(Array.isArray) as unknown[][];
    const created = rows.find((r) => r[1] === '作成日時')!;
    expect(created[2]).toBeInstanceOf(Date);
    const held = rows.find((r) => r[1] === '開催日')!;
    // 2025-02-21 as an Excel date (exceljs reads the serial back as that UTC midnight)
    expect((held[2] as Date).toISOString()).toBe('2025-02-21T00:00:00.000Z');

    checkPrintable(await workbook(await client.get(`/projects/${pid}/resource-map/export.xlsx`)), name);
    checkPrintable(await workbook(await client.get(`/projects/${pid}/agencies/export.xlsx`)), name);
    const issues = await workbook(await client.get(`/projects/${pid}/issues/export.xlsx`));
    checkPrintable(issues, name);
    const sheet = issues.getWorksheet('問題点と課題')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('問題点');
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    expect(sheet.getRow(2).getCell(7).value).toBeInstanceOf(Date);

    const themesRes = await client.get(`/projects/${pid}/hearings/themes/export.xlsx`);
    expect(themesRes.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('A市_ヒアリングテーマ別集計_')}`,
    );
    const themes = await workbook(themesRes);
    checkPrintable(themes, name);
    const counts = themes.getWorksheet('テーマ別の集計')!;
    expect(counts.getRow(1).getCell(1).value).toBe('テーマ');
    expect(typeof counts.getRow(2).getCell(counts.getRow(1).cellCount).value).toBe('number');
    const passages = themes.getWorksheet('テーマ別の発言・記述')!;
    expect(passages.getRow(1).values).toEqual([
      ,
      'テーマ',
      '機関',
      'ヒアリング日',
      '項目',
      '発言・記述',
      '資料での機関名',
    ]);
    expect(passages.getRow(2).getCell(3).value).toBeInstanceOf(Date);
    expect(passages.getRow(2).getCell(3).numFmt).toBe('yyyy/m/d');

    const attendanceRes = await client.get(`/projects/${pid}/meetings/${meeting}/attendance/export.xlsx`);
    expect(attendanceRes.headers.get('content-disposition')).toContain(
      encodeURIComponent('A市_第3回ネットワーク会議_出欠_2025-02-21.xlsx'),
    );
    const attendance = await workbook(attendanceRes);
    checkPrintable(attendance, name);
    const roll = attendance.getWorksheet('出欠')!;
    expect(roll.getRow(1).getCell(1).value).toBe('機関');
    expect(roll.rowCount).toBeGreaterThan(1);
  }, 60_000);
});

describe('CSV downloads', () => {
  it('encode UTF-8 with BOM or Shift_JIS without BOM, and count what Shift_JIS cannot hold', () => {
    const utf8 = encodeCsv('機関名\r\n𠮷野家,髙橋\r\n', 'utf8');
    expect([...utf8.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sjis = encodeCsv('機関名\r\n𠮷野家,髙橋\r\n', 'sjis');
    expect(sjis.replaced).toEqual(['𠮷']);
    expect(sjis.bytes[0]).not.toBe(0xef);
    expect(iconv.decode(sjis.bytes, 'cp932')).toBe('機関名\r\n〓野家,髙橋\r\n');
  });

  it('export the agency list in the import template’s columns, in both encodings, and import it again', async () => {
    const { db, client, project } = await staffSetup();
    db.insert(agencies)
      .values([
        {
          projectId: project.id,
          key: 'a1',
          name: '𠮷田こども相談室',
          kind: 'NPO',
          field: 'education',
          ageMin: 6,
          ageMax: 18,
        },
        {
          projectId: project.id,
          key: 'a2',
          name: '=生活福祉課',
          kind: '行政部署',
          field: 'welfare_ibasho',
          ageMin: null,
          ageMax: null,
          contactName: '山田 太郎',
          contactEmail: 'yamada@example.jp',
        },
      ])
      .run();
    const base = `/projects/${project.id}/agencies/export.csv`;
    const utf8 = await client.get(base);
    expect(utf8.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('テスト市_支援機関一覧_')}`,
    );
    const bytes = new Uint8Array(await utf8.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { text } = decodeCsvBytes(bytes);
    expect(text.split('\r\n')[0]).toBe(TEMPLATE_HEADERS.join(','));
    expect(text).toContain(`'=生活福祉課`);

    // round trip: what was exported imports as the same agencies (e.g. into next year's project)
    const again = analyseImport(text, { keys: [], names: [] });
    expect(again.fileErrors).toEqual([]);
    expect(again.valid?.map((a) => [a.name, a.kind, a.field, a.ageMin, a.ageMax, a.contactEmail])).toEqual([
      ['𠮷田こども相談室', 'NPO', 'education', 6, 18, ''],
      ['=生活福祉課', '行政部署', 'welfare_ibasho', null, null, 'yamada@example.jp'],
    ]);

    // Shift_JIS: first a notice naming the character it cannot hold, then the file with 〓
    const notice = await client.get(`${base}?encoding=sjis`);
    expect(notice.headers.get('content-type')).toContain('text/html');
    const page = await notice.text();
    expect(page).toContain('1 文字');
    expect(page).toContain('𠮷');
    const sjis = await client.get(`${base}?encoding=sjis&replace=1`);
    expect(sjis.headers.get('content-type')).toBe('text/csv; charset=Shift_JIS');
    const raw = Buffer.from(await sjis.arrayBuffer());
    expect(raw[0]).not.toBe(0xef);
    const decoded = decodeCsvBytes(raw);
    expect(decoded.encoding).toBe('Shift_JIS');
    expect(decoded.text).toContain('〓田こども相談室');
    expect(analyseImport(decoded.text, { keys: [], names: [] }).valid).toHaveLength(2);

    // without such characters Shift_JIS downloads straight away
    const template = await client.get(`/projects/${project.id}/agencies/template.csv?encoding=sjis`);
    expect(iconv.decode(Buffer.from(await template.arrayBuffer()), 'cp932')).toBe(`${TEMPLATE_HEADERS.join(',')}\r\n`);
  });
});
