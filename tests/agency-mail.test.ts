// Issue 13: agency links and reminders by mail through a real SMTP server in this process.
import { describe, expect, it } from 'vitest';
import { parse, smtpInbox } from './smtpInbox.ts';
import { Client, staffSetup } from './helpers.ts';
import { createApp } from '../src/app.tsx';
import { createMailer } from '../src/mail/mailer.ts';
import { questionnaireResponses } from '../src/db/schema.ts';
import { setSurveyWindows } from '../src/projects/queries.ts';
import { listAudit } from '../src/audit/log.ts';
import { todayJst } from '../src/lib/time.ts';

const agencyForm = (name: string, contactEmail: string) => ({
  name,
  kind: '行政部署',
  field: 'welfare_ibasho',
  ageMin: '',
  ageMax: '',
  contactName: '連携 太郎',
  contactEmail,
  key: '',
});

async function world(mail: 'smtp' | 'off', smtpUrl = '') {
  const setup = await staffSetup();
  const app = createApp({
    db: setup.db,
    mailer: mail === 'smtp' ? createMailer(smtpUrl, 'renkei <r@example.jp>') : undefined,
  });
  const client = new Client(app);
  await client.post('/login', { email: 'admin@example.jp', password: 'correct horse battery' });
  const base = `/projects/${setup.project.id}/agencies`;
  const ids: number[] = [];
  for (const [name, email] of [
    ['相談室A', 'a@example.jp'],
    ['相談室B', 'b@example.jp'],
    ['相談室C', ''],
  ]) {
    const res = await client.post(base, agencyForm(name, email));
    ids.push(Number(/agencies\/(\d+)/.exec(res.headers.get('location')!)![1]));
  }
  return { ...setup, client, base, ids };
}

const linkOf = (page: string) => /id="agency-link"[^>]*value="([^"]+)"/.exec(page)![1];

describe('mail to agencies', { timeout: 90_000 }, () => {
  const { inbox, url } = smtpInbox();

  it('mails an agency its link: recipient, Japanese subject, both links in the body; audited', async () => {
    const { client, base, ids, db, project } = await world('smtp', url());
    const detail = await (await client.get(`${base}/${ids[0]}`)).text();
    expect(detail).toContain('リンクをメールで送る');
    const res = await client.post(`${base}/${ids[0]}/link/mail`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('相談室A（a@example.jp） にメールで送信しました');
    await expect.poll(() => inbox.length).toBe(1);
    expect(inbox[0].to).toEqual(['a@example.jp']);
    const { subject, text } = parse(inbox[0].raw);
    expect(subject).toBe('【テスト市 ネットワーク】実態調査へのご協力のお願い（専用ページのご案内）');
    expect(text).toContain(linkOf(detail));
    expect(text).toMatch(/http:\/\/localhost\/a\/[2-9A-Z]{5}-[2-9A-Z]{5}-\d{6}/);
    expect(listAudit(db, project.id)[0]).toMatchObject({ action: 'link_mail', detail: 'a@example.jp' });
    // an agency without an address has no button
    expect(await (await client.get(`${base}/${ids[2]}`)).text()).not.toContain('リンクをメールで送る');
  });

  it('reminds only the agencies that have not submitted while the questionnaire is open', async () => {
    inbox.length = 0;
    const { client, base, ids, db, project } = await world('smtp', url());
    expect(await (await client.get(base)).text()).not.toContain('未回答の機関にリマインダーを送る');
    setSurveyWindows(db, project.id, [{ part: 'questionnaire', opensOn: '2024-01-01', closesOn: '2099-03-31' }]);
    db.insert(questionnaireResponses)
      .values({
        projectId: project.id,
        agencyId: ids[0],
        answers: {},
        status: 'submitted',
        savedAt: todayJst(),
        submittedAt: todayJst(),
      })
      .run();
    const list = await (await client.get(base)).text();
    expect(list).toContain('未回答の機関にリマインダーを送る');
    expect(list).toContain('リンクをメールで送る（相談室A）');
    expect(list).not.toContain('リンクをメールで送る（相談室C）');
    const page = await (await client.post(`${base}/reminders`)).text();
    expect(page).toContain('相談室B（b@example.jp） にメールで送信しました');
    expect(page).toContain('メールアドレスが未登録のため送れない機関（電話などでご連絡ください）：相談室C');
    await expect.poll(() => inbox.length).toBe(1);
    expect(inbox[0].to).toEqual(['b@example.jp']);
    const { subject, text } = parse(inbox[0].raw);
    expect(subject).toBe('【テスト市 ネットワーク】アンケートご回答のお願い（リマインダー）');
    expect(text).toMatch(/回答期限は2099年3月31日\(.\)です/);
    expect(text).toContain(linkOf(await (await client.get(`${base}/${ids[1]}`)).text()));
    expect(listAudit(db, project.id).filter((e) => e.action === 'reminder_mail')).toHaveLength(1);
  });

  it('without SMTP_URL shows the texts to copy and sends nothing', async () => {
    inbox.length = 0;
    const { client, base, ids, db, project } = await world('off');
    const detail = await (await client.get(`${base}/${ids[0]}`)).text();
    expect(detail).toContain('リンクを送るメールの文面を表示');
    const page = await (await client.post(`${base}/${ids[0]}/link/mail`)).text();
    expect(page).toContain('メール送信は設定されていません');
    expect(page).toContain(linkOf(detail));
    setSurveyWindows(db, project.id, [{ part: 'questionnaire', opensOn: '2024-01-01', closesOn: null }]);
    const reminders = await (await client.post(`${base}/reminders`)).text();
    expect(reminders).toContain('アンケートご回答のお願い');
    expect(reminders).toContain('相談室A');
    expect(inbox).toHaveLength(0);
    expect(listAudit(db, project.id).some((e) => e.action.endsWith('_mail'))).toBe(false);
  });
});
