// `npm run cli -- packet … --format html|xlsx|pdf` and the packet pages when Chromium is missing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openDb } from '../src/db/client.ts';
import { runCli, type Io } from '../src/cli/framework.ts';
import { commands } from '../src/cli/commands/index.ts';
import { staffSetup } from './helpers.ts';
import { meetings } from '../src/db/schema.ts';

describe('cli packet html / xlsx', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'renkei-packet-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, promptSecret: async () => null };
    const code = await runCli(argv, commands, io, () => openDb(join(dir, 'renkei.db')));
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints the A4 HTML to standard output and writes the XLSX appendix to --out', async () => {
    const pid = (await cli(['demo'])).out.split('\n').at(-1)!;
    const html = await cli(['packet', pid, 'm3', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.out).toContain('アンケート調査の結果');

    const file = join(dir, 'packet.xlsx');
    const xlsx = await cli(['packet', pid, 'm3', '--format', 'xlsx', '--out', file]);
    expect(xlsx.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('年齢帯別')).toBeDefined();

    const noOut = await cli(['packet', pid, 'm3', '--format', 'xlsx']);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('--out で保存先のファイルを指定してください');
  }, 30_000);
});

describe('packet without Chromium', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('says how to install it, and the print view still works', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const { client, db, project } = await staffSetup();
    const m = db
      .insert(meetings)
      .values({ projectId: project.id, key: 'm1', kind: 'network', title: '第1回ネットワーク会議', date: '2024-12-24' })
      .returning()
      .get();
    const base = `/projects/${project.id}/meetings/${m.id}/packet`;
    const builder = await (await client.get(base)).text();
    expect(builder).toContain('apt-get install -y chromium fonts-morisawa-bizud-gothic fonts-noto-cjk');
    expect(builder).not.toContain(`href="${base}.pdf"`);
    const pdf = await client.get(`${base}.pdf`);
    expect(pdf.status).toBe(503);
    expect(await pdf.text()).toContain('chromium fonts-morisawa-bizud-gothic fonts-noto-cjk');
    expect((await client.get(`${base}.html`)).status).toBe(200);
  });

  it('leads back from an issued version to that version, a page that exists', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const { client, db, project } = await staffSetup();
    const m = db
      .insert(meetings)
      .values({ projectId: project.id, key: 'm1', kind: 'network', title: '第1回ネットワーク会議', date: '2024-12-24' })
      .returning()
      .get();
    const base = `/projects/${project.id}/meetings/${m.id}/packet`;
    expect((await client.post(`${base}/issue`, { reviewed: 'on' })).status).toBe(303);
    const pdf = await client.get(`${base}/issued/1/packet.pdf`);
    expect(pdf.status).toBe(503);
    const back = /<a href="([^"]+)">会議資料に戻る<\/a>/.exec(await pdf.text())![1];
    expect(back).toBe(`${base}/issued/1`);
    expect((await client.get(back)).status).toBe(200);
    const current = await client.get(`${base}.pdf`);
    expect(/<a href="([^"]+)">会議資料に戻る<\/a>/.exec(await current.text())![1]).toBe(base);
  });
});
