// The year-end report (事業報告書) of the demo project: seed 000's sections, one 経過 row per
// meeting, the age-band figures with the drop-off sentence; DOCX with the chart as an image.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { openDb } from '../src/db/client.ts';
import { loadDemo } from '../src/demo/index.ts';
import { compileReport } from '../src/report/compile.ts';
import { insertMeeting, listMeetings } from '../src/meetings/queries.ts';
import { saveReportText } from '../src/report/reportViewModel.ts';

describe('year-end report', () => {
  it('compiles the demo project in HTML and DOCX', async () => {
    const db = openDb(':memory:');
    const projectId = loadDemo(db);
    saveReportText(db, projectId, 'adviser', '〇〇大学 山田先生（編集済み）', new Date().toISOString());
    insertMeeting(db, projectId, {
      kind: 'support_meeting',
      title: '個別支援会議',
      date: '2025-03-10',
      startTime: '',
      endTime: '',
      place: '',
      purpose: '',
      agenda: [],
      attendeeAgencyIds: [],
    });
    const html = String(await compileReport(db, projectId, 'html'));
    for (const h of [
      '１ 事業目的',
      '２ 実施方法',
      '３ 経過',
      '４ 結果',
      '５ ネットワーク会議の内容',
      '６ 考察・今後の課題',
      '７ 助言者',
    ])
      expect(html).toContain(`<h2>${h}</h2>`);
    const table = html.slice(html.indexOf('表1 会議の経過'), html.indexOf('</table>', html.indexOf('表1 会議の経過')));
    expect(table.match(/<tr>/g)?.length).toBe(listMeetings(db, projectId).length + 1);
    // who came by the roll-call, of those invited; a meeting without one says so instead of "0 came"
    expect(table).toContain('<td class="num">3／3機関</td>');
    expect(table).toContain('<td class="num">10／11機関</td>');
    expect(table).toContain('<td>未記録</td>');
    expect(table).not.toContain('<td class="num">0／');
    expect(html).toContain('前後の年齢帯より支援件数が少ない年齢帯');
    expect(html).not.toContain('前年度との比較'); // a first year has nothing to compare
    expect(html).toContain('〇〇大学 山田先生（編集済み）');
    const docx = (await compileReport(db, projectId, 'docx')) as Buffer;
    const files = unzipSync(new Uint8Array(docx));
    const xml = strFromU8(files['word/document.xml']);
    const paragraphs = xml.split('<w:p>').slice(1);
    // each section title is a real Word heading (Heading1), so Word's navigation pane lists it
    for (const h of ['１ 事業目的', '３ 経過', '４ 結果', '６ 考察・今後の課題', '７ 助言者'])
      expect(paragraphs.find((p) => p.includes(`>${h}<`))).toContain('<w:pStyle w:val="Heading1"/>');
    // the styles those headings are based on exist (python-docx and Word's style pane need Normal)
    expect(strFromU8(files['word/styles.xml'])).toContain('w:styleId="Normal"');
    // 表1: a real table with a header row and one row per meeting
    const wordTable = xml.slice(xml.indexOf('表1 会議の経過'), xml.indexOf('</w:tbl>', xml.indexOf('表1 会議の経過')));
    expect(wordTable.match(/<w:tr>/g)?.length).toBe(listMeetings(db, projectId).length + 1);
    expect(wordTable).toContain('<w:tblHeader/>');
    // the age-band chart is an inline picture, and the PNG it points at is in the package
    expect(xml).toMatch(/<w:drawing><wp:inline[^]*?<a:blip r:embed="/);
    expect(Object.keys(files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
  }, 60_000);
});
