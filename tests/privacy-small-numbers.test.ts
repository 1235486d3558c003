// Issue 15 "Small numbers": the table of cases by agency × age band × sex prints cells of 1 and 2
// as 「3未満」 in the packet HTML, PDF and XLSX, with a note; the staff case list shows real counts.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { staffSetup } from './helpers.ts';
import { agencies, caseSheets, meetings } from '../src/db/schema.ts';
import { caseBreakdown, suppressedBreakdown } from '../src/cases/caseBreakdown.ts';
import { suppressSmall } from '../src/lib/labels/privacy.ts';
import { chromiumAvailable, closePdfBrowser } from '../src/packet/pdf.ts';

const NOW = '2024-10-30T00:00:00.000Z';

async function world() {
  const env = await staffSetup();
  const { db, project } = env;
  const agency = db
    .insert(agencies)
    .values({ projectId: project.id, key: 'a1', name: '若者サポートステーション', kind: 'NPO', field: 'employment' })
    .returning()
    .get();
  const sheet = (i: number, ageBand: string, sex: 'male' | 'female') => ({
    projectId: project.id,
    agencyId: agency.id,
    key: `c${i}`,
    classification: 'good' as const,
    ageBand,
    sex,
    consent: 'person' as const,
    status: 'submitted' as const,
    submittedAt: NOW,
    savedAt: NOW,
  });
  // 30-39: 4 men and 1 woman; 40-49: 2 women
  db.insert(caseSheets)
    .values([
      ...[1, 2, 3, 4].map((i) => sheet(i, '30-39', 'male')),
      sheet(5, '30-39', 'female'),
      sheet(6, '40-49', 'female'),
      sheet(7, '40-49', 'female'),
    ])
    .run();
  const m = db
    .insert(meetings)
    .values({ projectId: project.id, key: 'm1', kind: 'network', title: '第1回ネットワーク会議', date: '2024-12-24' })
    .returning()
    .get();
  const base = `/projects/${project.id}/meetings/${m.id}/packet`;
  await env.client.post(base, { include_cases: 'on' });
  return { ...env, base };
}

/** The breakdown table's rows as text: "agency|band|男性|女性|その他|不明". */
function breakdownRows(html: string): string[] {
  const table = /<table class="p-table p-breakdown">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr><th scope="row">([^<]*)<\/th>((?:<td[^>]*>[^<]*<\/td>)+)<\/tr>/g)].map((m) =>
    [m[1], ...[...m[2].matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1])].join('|'),
  );
}

describe('small numbers are suppressed in packets and exports', () => {
  afterAll(closePdfBrowser);

  it('prints 1 and 2 as 「3未満」 and keeps 0 and 3+', () => {
    expect([0, 1, 2, 3, 10].map(suppressSmall)).toEqual([0, '3未満', '3未満', 3, 10]);
    const real = caseBreakdown(
      [
        { agencyId: 1, ageBand: '30-39', sex: 'male' },
        { agencyId: 1, ageBand: null, sex: null },
      ],
      new Map([[1, { key: 'a1', name: 'A' }]]),
      (a) => a.name,
    );
    expect(real.rows.map((r) => [r.band, r.counts])).toEqual([
      ['30代', [1, 0, 0, 0]],
      ['不明', [0, 0, 0, 1]],
    ]);
    expect(suppressedBreakdown(real).rows[0].cells).toEqual(['3未満', 0, 0, 0]);
  });

  it('suppresses cells in the packet HTML, with the note', async () => {
    const { client, base } = await world();
    const html = await (await client.get(`${base}.html`)).text();
    expect(breakdownRows(html)).toEqual([
      '若者サポートステーション|30代|4|3未満|0|0',
      '若者サポートステーション|40代|0|3未満|0|0',
    ]);
    expect(html).toContain('1件・2件のセルは「3未満」と表示しています');
  });

  it('suppresses cells in the packet XLSX', async () => {
    const { client, base } = await world();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await client.get(`${base}.xlsx`)).arrayBuffer());
    const ws = wb.worksheets.find((w) => w.name.startsWith('事例（機関・年齢帯・性別）'));
    expect(ws).toBeDefined();
    const values: unknown[][] = [];
    ws!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    const data = values.filter((r) => r[0] === '若者サポートステーション');
    expect(data).toEqual([
      ['若者サポートステーション', '30代', 4, '3未満', 0, 0],
      ['若者サポートステーション', '40代', 0, '3未満', 0, 0],
    ]);
    expect(values.some((r) => String(r[0]).includes('1件・2件のセルは「3未満」'))).toBe(true);
  });

  it.runIf(chromiumAvailable())(
    'suppresses cells in the packet PDF (pdftotext)',
    async () => {
      const { client, base } = await world();
      const res = await client.get(`${base}.pdf`);
      expect(res.status).toBe(200);
      const dir = mkdtempSync(join(tmpdir(), 'renkei-pdf-'));
      const file = join(dir, 'packet.pdf');
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('提供機関・年齢帯・性別ごとの事例数');
      expect(text).toMatch(/30代\s+4\s+3未満\s+0\s+0/);
      expect(text).toMatch(/40代\s+0\s+3未満\s+0\s+0/);
    },
    90_000,
  );

  it('shows the real counts on the staff case list', async () => {
    const { client, project } = await world();
    const html = await (await client.get(`/projects/${project.id}/cases`)).text();
    const section = html.slice(html.indexOf('id="breakdown"'));
    expect(section).toMatch(/30代<\/td><td class="num">4<\/td><td class="num">1<\/td>/);
    expect(section).toMatch(/40代<\/td><td class="num">0<\/td><td class="num">2<\/td>/);
    expect(section).not.toContain('<td class="num">3未満');
  });
});
