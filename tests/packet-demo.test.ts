// The demo project's packets: the HTML, JSON and XLSX of one meeting show the same numbers.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { staffSetup } from './helpers.ts';
import { loadDemo } from '../src/demo/index.ts';
import { listMeetings } from '../src/meetings/queries.ts';
import type { PacketJson } from '../src/packet/json.ts';
import { compilePacket } from '../src/packet/compile.ts';
import { findProject } from '../src/projects/queries.ts';
import { renderPacketHtml } from '../src/packet/render.tsx';
import { AGE_BAND_LABEL, AGE_BAND_WIDTH } from '../src/lib/labels/questionnaire.ts';

async function demo() {
  const env = await staffSetup();
  const pid = loadDemo(env.db);
  const meetings = listMeetings(env.db, pid).filter((m) => m.kind === 'network');
  return { ...env, pid, meetings };
}

function sheetRows(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  // row 1 is the header (the sheet's title is in the printed page header, not a row)
  ws.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** The text of each <tr> of the table whose caption is `caption`, tags stripped. */
function tableRows(html: string, caption: string): string[] {
  const start = html.indexOf(`<caption>${caption}</caption>`);
  if (start < 0) throw new Error(`no table ${caption}`);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
    .slice(1)
    .map((m) => m[1].replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'));
}

describe('demo project packets', () => {
  it('shows the same aggregates in the print HTML, packet.json and packet.xlsx', async () => {
    const { client, pid, meetings } = await demo();
    const base = `/projects/${pid}/meetings/${meetings[0].id}/packet`;
    const json = (await (await client.get(`${base}.json`)).json()) as PacketJson;
    const html = await (await client.get(`${base}.html`)).text();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await client.get(`${base}.xlsx`)).arrayBuffer());

    expect(json.questionnaire.respondents).toBeGreaterThan(0);
    expect(json.dropOffBands).toEqual(['16-18', '40-49', '60-64']);

    // the demo's three dips are lower per year of age too: all confirmed
    expect(json.dropOffs.map((d) => [d.band, d.confirmed])).toEqual([
      ['16-18', true],
      ['40-49', true],
      ['60-64', true],
    ]);
    const htmlBands = tableRows(html, '年齢帯別の支援件数と支援機関数');
    const xlsxBands = sheetRows(wb, '年齢帯別');
    json.ageBands.forEach((b, i) => {
      expect(htmlBands[i]).toContain(
        `|${AGE_BAND_LABEL[b.band]}|${AGE_BAND_WIDTH[b.band]}|${b.cases}|${b.perYear.toFixed(2)}|${b.agencies}|`,
      );
      expect(xlsxBands[i].slice(1, 6)).toEqual([b.band, b.cases, b.agencies, AGE_BAND_WIDTH[b.band], b.perYear]);
    });
    expect(htmlBands[json.ageBands.length]).toContain(`|年齢不明|—|${json.ageUnknown}|`);
    expect([xlsxBands[json.ageBands.length][0], xlsxBands[json.ageBands.length][2]]).toEqual([
      '年齢不明',
      json.ageUnknown,
    ]);
    expect(html).toContain('確認された減少：16〜18歳、40代、60〜64歳。');
    expect(html).not.toContain('帯の幅による見かけの減少の可能性があります');

    const htmlContacts = tableRows(html, '機関別の対応回数');
    const xlsxContacts = sheetRows(wb, '対応回数');
    expect(xlsxContacts).toHaveLength(json.contactsPerCase.length);
    json.contactsPerCase.forEach((r, i) => {
      expect(xlsxContacts[i]).toEqual([r.agency, expect.any(String), r.people, r.contacts, r.perCase]);
      expect(htmlContacts[i]).toContain(
        `|${r.people}|${r.contacts}|${r.perCase === null ? '—' : r.perCase.toFixed(1)}|`,
      );
    });

    const htmlSupport = tableRows(html, `支援内容（回答 ${json.supportContent.base} 機関）`);
    json.supportContent.options.forEach((o, i) =>
      expect(htmlSupport[i]).toContain(`|${o.option}|${o.count}|${o.share.toFixed(1)}%|`),
    );
    // JSON states shares in percent (BUNDLE.md); the workbook holds the fraction with a 0.0% format
    expect(sheetRows(wb, '支援内容')).toEqual(
      json.supportContent.options.map((o) => [o.option, o.count, +(o.share / 100).toFixed(3)]),
    );
    expect(html).toContain(`<strong>${json.professions.distinct}</strong> 種類の資格`);

    const themes = json.hearingThemes.filter((t) => t.passages > 0);
    expect(themes.length).toBeGreaterThan(0);
    const htmlThemes = tableRows(html, 'テーマ別の件数と機関数').join('\n');
    const xlsxThemes = sheetRows(wb, 'ヒアリング（テーマ別）');
    for (const t of themes) {
      expect(htmlThemes).toContain(`|${t.label}|${t.passages}|${t.agencies}|`);
      expect(xlsxThemes.find((r) => r[0] === t.theme)?.slice(1, 4)).toEqual([t.label, t.passages, t.agencies]);
    }

    const htmlFactors = tableRows(html, '要因ごとの件数（該当・非該当・不明）と割合').join('\n');
    const xlsxFactors = sheetRows(wb, '事例の要因比較');
    expect(json.caseFactors[0].good.total + json.caseFactors[0].difficult.total).toBeGreaterThan(0);
    for (const f of json.caseFactors) {
      const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
      expect(htmlFactors).toContain(
        `|${f.good.yes}|${f.good.no}|${f.good.unknown}|${pct(f.good.share)}|${f.difficult.yes}|${f.difficult.no}|${f.difficult.unknown}|${pct(f.difficult.share)}|`,
      );
      expect(xlsxFactors.find((r) => r[0] === f.factor)?.slice(3)).toEqual([
        f.good.yes,
        f.good.no,
        f.good.unknown,
        f.good.total,
        f.good.share,
        f.difficult.yes,
        f.difficult.no,
        f.difficult.unknown,
        f.difficult.total,
        f.difficult.share,
      ]);
    }
  });

  it('stacks the age-band figure by agency with segments adding up to the JSON totals', async () => {
    const { db, pid, meetings } = await demo();
    const doc = compilePacket(db, findProject(db, pid)!, meetings[0].id, { generatedAt: '2024-12-01T00:00:00Z' })!;
    expect(doc.ageBandsByAgency).toHaveLength(doc.json.questionnaire.respondents);
    doc.json.ageBands.forEach((b, i) =>
      expect(doc.ageBandsByAgency.reduce((sum, a) => sum + a.values[i], 0)).toBe(b.cases),
    );
    const html = await renderPacketHtml(doc);
    expect(html).toContain('（機関別の積み上げ）');
  });

  it('gives each of the three network meetings its seed-000 default sections', async () => {
    const { client, pid, meetings } = await demo();
    expect(meetings).toHaveLength(3);
    const [first, second, third] = await Promise.all(
      meetings.map(async (m) => (await client.get(`/projects/${pid}/meetings/${m.id}/packet.html`)).text()),
    );
    expect(first).toContain('アンケート調査の結果');
    expect(second).toContain('事例検討の結果');
    expect(third).toContain('見えてきた問題点と課題');
    expect(third).toContain('社会資源マップ');
  });
});
