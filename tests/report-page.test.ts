// The year-end report page: staff edit the generated drafts, see what the personal-information
// check finds, confirm 公開範囲の確認 and download the report.
import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { insertMeeting } from '../src/meetings/queries.ts';
import { listAudit } from '../src/audit/log.ts';

async function withMeeting() {
  const setup = await staffSetup();
  insertMeeting(setup.db, setup.project.id, {
    kind: 'network',
    title: '第1回 ネットワーク会議',
    date: '2024-07-10',
    agenda: ['実態調査の結果共有'],
  } as Parameters<typeof insertMeeting>[2]);
  return setup;
}

const base = (pid: number) => `/projects/${pid}/report`;

describe('year-end report page', () => {
  it('starts every block as a generated draft, keeps staff edits, and a blank block follows the draft again', async () => {
    const { client, project, db } = await withMeeting();
    const page = await (await client.get(base(project.id))).text();
    expect(page.match(/自動の下書き/g)).toHaveLength(5);
    expect(page).toContain('ワーキンググループ 0回、ネットワーク会議 1回を開催した。');
    const saved = await client.post(base(project.id), { purpose: '当市独自の目的を書いた。', method: '' });
    expect(saved.status).toBe(303);
    const after = await (await client.get(`${base(project.id)}?done=saved`)).text();
    expect(after).toContain('報告書の文章を保存しました。');
    expect(after).toContain('当市独自の目的を書いた。');
    expect(after.match(/編集済み/g)).toHaveLength(1);
    expect(after).toContain('ネットワーク会議 1回を開催した。'); // method blank: the draft again
    expect(listAudit(db, project.id).map((e) => e.action)).toContain('report.save');
  });

  it('downloads only after 公開範囲の確認, and asks twice when the text may identify a person', async () => {
    const { client, project, db } = await withMeeting();
    const noReview = await client.get(`${base(project.id)}/download?format=html`);
    expect(noReview.status).toBe(422);
    expect(await noReview.text()).toContain('公開範囲を確認したうえでチェックしてください');
    await client.post(base(project.id), { discussion: '山田太郎さん（090-1234-5678）の事例から課題が見えた。' });
    const page = await (await client.get(base(project.id))).text();
    expect(page).toContain('個人を特定できる情報の可能性');
    expect(page).toContain('公開範囲の確認');
    const flagged = await client.get(`${base(project.id)}/download?format=html&reviewed=on`);
    expect(flagged.status).toBe(422);
    expect(await flagged.text()).toContain('個人を特定できる情報の可能性がある箇所があります');
    const ok = await client.get(`${base(project.id)}/download?format=html&reviewed=on&piiReviewed=on`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Disposition')).toContain(encodeURIComponent('事業報告書'));
    const html = await ok.text();
    expect(html).toContain('１ 事業目的');
    expect(html).toContain('山田太郎さん');
    // the download is in the audit log like every other export (refused attempts are not)
    const exports = listAudit(db, project.id).filter((e) => e.action === 'export' && e.entity === 'report');
    expect(exports).toHaveLength(1);
  });

  it('says what is missing while the project has no meeting', async () => {
    const { client, project } = await staffSetup();
    const page = await (await client.get(base(project.id))).text();
    expect(page).toContain('会議が1つもないため、報告書を作れません。');
  });
});
