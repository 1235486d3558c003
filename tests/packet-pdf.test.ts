import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffSetup } from './helpers.ts';
import { agencies, meetings } from '../src/db/schema.ts';
import { chromiumAvailable, closePdfBrowser, htmlToPdf } from '../src/packet/pdf.ts';
import { StackedBarChart } from '../views/charts/stackedBarChart.tsx';

function pdfText(pdf: Buffer): { text: string; pages: number; info: string; fonts: string } {
  const dir = mkdtempSync(join(tmpdir(), 'renkei-pdf-'));
  const file = join(dir, 'packet.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), info, fonts };
}

describe.runIf(chromiumAvailable())('packet PDF', () => {
  afterAll(closePdfBrowser);

  it('renders an A4 PDF whose Japanese text can be extracted', async () => {
    const { client, db, project } = await staffSetup();
    const [a] = db
      .insert(agencies)
      .values({
        projectId: project.id,
        key: 'a1',
        name: '地域若者サポートステーション',
        kind: 'NPO',
        field: 'employment',
        ageMin: 15,
        ageMax: 49,
      })
      .returning()
      .all();
    const m = db
      .insert(meetings)
      .values({
        projectId: project.id,
        key: 'm1',
        kind: 'network',
        title: '第1回ネットワーク会議',
        date: '2024-12-24',
        agenda: ['実態調査の結果報告'],
        attendeeAgencyIds: [a.id],
      })
      .returning()
      .get();
    const res = await client.get(`/projects/${project.id}/meetings/${m.id}/packet.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // a name for people, with the UTF-8 form for browsers (RFC 6266)
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="1_2024-12-24.pdf"; filename*=UTF-8''${encodeURIComponent('テスト市_第1回ネットワーク会議_資料_2024-12-24.pdf')}`,
    );
    const { text, pages, info, fonts } = pdfText(pdf);
    // Japanese in real embedded fonts (Type 3 glyphs print blurred and do not search well), tagged, titled
    expect(fonts).toContain('CID TrueType');
    expect(fonts).not.toContain('Type 3');
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+第1回ネットワーク会議 資料/);
    expect(text).toContain('第1回ネットワーク会議');
    expect(text).toContain('実態調査の結果報告');
    expect(text).toContain('地域若者サポートステーション');
    // cover + one page per section at this size; no runaway page breaks
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(14);
  }, 60_000);
});

describe.runIf(chromiumAvailable())('the warm browser', () => {
  afterAll(closePdfBrowser);

  it('renders again after the browser was closed under it (a crash)', async () => {
    const html = '<!DOCTYPE html><html lang="ja"><title>t</title><p>再起動のテスト</p></html>';
    expect((await htmlToPdf(html)).subarray(0, 5).toString()).toBe('%PDF-');
    await closePdfBrowser();
    const again = await htmlToPdf(html);
    expect(pdfText(again).text).toContain('再起動のテスト');
  }, 60_000);

  it('prints textured chart fills as vector lines, not bitmaps (small files)', async () => {
    const chart = StackedBarChart({
      id: 'c',
      title: '年齢帯別の支援件数',
      categories: [
        { key: 'a', label: '15歳以下' },
        { key: 'b', label: '16〜18歳' },
      ],
      series: ['機関A', '機関B', '機関C', '機関D', '機関E', '機関F', '機関G'].map((label, i) => ({
        label,
        values: [i + 1, 7 - i],
      })),
      unit: '人',
    });
    const pdf = await htmlToPdf(`<!doctype html><html lang="ja"><body>${String(chart)}</body></html>`);
    // SVG <pattern> fills came out as one whole-chart bitmap per bar segment
    expect(pdf.includes('/Subtype /Image')).toBe(false);
    expect(pdfText(pdf).text).toContain('機関G');
  }, 60_000);
});
