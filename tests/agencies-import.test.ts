import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { staffSetup } from './helpers.ts';
import { listAgencies } from '../src/agencies/queries.ts';
import { analyseImport } from '../src/agencies/import.ts';
import { listAudit } from '../src/audit/log.ts';

const CSV = [
  '機関名,種別,分野,対象年齢（下限）,対象年齢（上限）,担当者,メールアドレス',
  '武蔵野市 生活福祉課,行政部署,福祉・居場所,,,山田 花子,yamada@example.jp',
  '"文化学習協同ネットワーク（むさしの地域若者サポートステーション, みらいる）",地域若者サポートステーション,就労,15,49,,',
  '地域活動支援センターコット,地域活動支援センター,福祉・居場所,18,,"鈴木\n一郎",',
].join('\r\n');

/** Uploads a file, then (when the preview allows it) posts the confirm form it rendered. */
async function upload(client: Awaited<ReturnType<typeof staffSetup>>['client'], pid: number, bytes: Uint8Array) {
  return client.postMultipart(
    `/projects/${pid}/agencies/import`,
    { file: new Blob([new Uint8Array(bytes)], { type: 'text/csv' }) },
    'agencies.csv',
  );
}

function hiddenCsv(html: string): string {
  const m = /name="csv" value="([^"]*)"/.exec(html);
  if (!m) throw new Error('no confirm form');
  return m[1]
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('CSV import of agencies', () => {
  it('imports a Shift_JIS file after preview and confirm, with keys, links and audit', async () => {
    const { client, project, db } = await staffSetup();
    const preview = await upload(client, project.id, iconv.encode(CSV, 'Shift_JIS'));
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('Shift_JIS');
    expect(html).toContain('3件の機関を読み込みました');
    expect(html).toContain('むさしの地域若者サポートステーション, みらいる');
    expect(listAgencies(db, project.id, 'active')).toHaveLength(0);

    const done = await client.post(`/projects/${project.id}/agencies/import/confirm`, { csv: hiddenCsv(html) });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/projects/${project.id}/agencies?imported=3`);
    const rows = listAgencies(db, project.id, 'active');
    expect(rows.map((r) => [r.key, r.name, r.kind, r.field, r.ageMin, r.ageMax, r.contactName])).toEqual([
      ['a1', '武蔵野市 生活福祉課', '行政部署', 'welfare_ibasho', null, null, '山田 花子'],
      [
        'a2',
        '文化学習協同ネットワーク（むさしの地域若者サポートステーション, みらいる）',
        '地域若者サポートステーション',
        'employment',
        15,
        49,
        '',
      ],
      ['a3', '地域活動支援センターコット', '地域活動支援センター', 'welfare_ibasho', 18, null, '鈴木\n一郎'],
    ]);
    expect(rows.every((r) => r.tokenHash)).toBe(true);
    const audit = listAudit(db, project.id);
    expect(audit.filter((e) => e.action === 'create' && e.entity === 'agency')).toHaveLength(3);
    expect(audit.some((e) => e.action === 'import')).toBe(true);
    expect(await (await client.get(done.headers.get('location')!)).text()).toContain('CSVから3件の機関を登録し');

    // the same file again would register every agency twice: refused
    const again = await upload(client, project.id, iconv.encode(CSV, 'Shift_JIS'));
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('「武蔵野市 生活福祉課」は既に登録されています');
  });

  it('reads a UTF-8 file with BOM and variant headers', async () => {
    const { client, project, db } = await staffSetup();
    const text =
      '\uFEFFキー,名称,機関種別,主な分野,下限年齢,上限年齢,担当者名,E-mail,備考\nshakyo,社会福祉協議会,社協,福祉,,,,info@example.jp,メモ\n';
    const preview = await upload(client, project.id, new TextEncoder().encode(text));
    const html = await preview.text();
    expect(preview.status).toBe(200);
    expect(html).toContain('文字コード：UTF-8');
    expect(html).toContain('読み飛ばしました：備考');
    expect(
      (await client.post(`/projects/${project.id}/agencies/import/confirm`, { csv: hiddenCsv(html) })).status,
    ).toBe(303);
    expect(listAgencies(db, project.id, 'active')).toMatchObject([
      {
        key: 'shakyo',
        name: '社会福祉協議会',
        kind: '社会福祉協議会',
        field: 'welfare_ibasho',
        contactEmail: 'info@example.jp',
      },
    ]);
  });

  it('saves nothing when a row has errors and shows the row errors in Japanese', async () => {
    const { client, project, db } = await staffSetup();
    const bad = `${CSV}\r\n保健センター,病院ではない,保健,40,20,,mail@`;
    const res = await upload(client, project.id, new TextEncoder().encode(bad));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('4行のうち1行に問題があります。まだ何も登録していません');
    expect(html).toContain('種別「病院ではない」は選択肢にありません');
    expect(html).toContain('対象年齢の上限は下限以上にしてください');
    expect(html).toContain('担当者のメールアドレスの形式が正しくありません');
    expect(html).not.toContain('name="csv"');
    expect(listAgencies(db, project.id, 'active')).toHaveLength(0);

    // a tampered confirm post is checked again, never trusted
    const forged = await client.post(`/projects/${project.id}/agencies/import/confirm`, { csv: bad });
    expect(forged.status).toBe(422);
    expect(await forged.text()).toContain('種別「病院ではない」は選択肢にありません');
    expect(listAgencies(db, project.id, 'active')).toHaveLength(0);
  });

  it('rejects an empty upload and a file without the required headers', async () => {
    const { client, project } = await staffSetup();
    const empty = await upload(client, project.id, new Uint8Array());
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('CSVファイルを選んでください');
    const noHeader = await upload(client, project.id, new TextEncoder().encode('名前,メモ\nA,B\n'));
    expect(noHeader.status).toBe(422);
    expect(await noHeader.text()).toContain('「機関名」「種別」「分野」の列が見つかりません');
  });

  it('serves a UTF-8 BOM template that imports back as headers', async () => {
    const { client, project } = await staffSetup();
    const res = await client.get(`/projects/${project.id}/agencies/template.csv`);
    expect(res.headers.get('Content-Type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('機関名,種別,分野,対象年齢（下限）,対象年齢（上限）,担当者,メールアドレス');
  });
});

describe('analyseImport', () => {
  it('flags duplicate keys and names within the file and against the project', () => {
    const text =
      '機関名,種別,分野,キー\nA,NPO,就労,x1\nB,NPO,就労,x1\nA,NPO,就労,\nC,NPO,就労,old\nD,NPO,就労,bad key\n';
    const p = analyseImport(text, { keys: ['old'], names: [] });
    expect(p.valid).toBeNull();
    expect(p.rows.map((r) => [r.line, Object.values(r.errors)])).toEqual([
      [2, []],
      [3, ['キー「x1」が2行目と重複しています']],
      [4, ['機関名が2行目と重複しています']],
      [5, ['キー「old」は既に登録されています']],
      [6, ['キーは半角英数字と「-」「_」で32文字以内にしてください']],
    ]);
  });

  it('numbers rows as the spreadsheet shows them, skipping blank lines', () => {
    const p = analyseImport('機関名,種別,分野\n\nA,ＮＰＯ,教育\n,,\n', { keys: [], names: [] });
    expect(p.rows.map((r) => r.line)).toEqual([3]);
    expect(p.valid).toMatchObject([{ name: 'A', kind: 'NPO', field: 'education', key: '' }]);
  });
});
