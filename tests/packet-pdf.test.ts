import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffSetup } from './helpers.ts';
import { agencies, meetings } from '../src/db/schema.ts';
import { chromiumAvailable } from '../src/packet/pdf.ts';

function pdfText(pdf: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'renkei-pdf-'));
  const file = join(dir, 'packet.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

describe.runIf(chromiumAvailable())('packet PDF', () => {
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
    const { text, pages } = pdfText(pdf);
    expect(text).toContain('第1回ネットワーク会議');
    expect(text).toContain('実態調査の結果報告');
    expect(text).toContain('地域若者サポートステーション');
    // cover + one page per section at this size; no runaway page breaks
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(14);
  }, 60_000);
});
