import type { Project } from '../../src/context.ts';
import type { BlankIndexView } from '../../src/blankSheets/blankViewModel.ts';
import {
  blankCasePath,
  blankCaseStudyPath,
  blankGroupWorkPath,
  blankHearingPath,
  blankQuestionnairePath,
  intakeSheetPath,
  paperEntryPath,
  relaySheetPath,
} from '../../src/lib/paths/blankSheets.ts';
import { Layout } from '../layout/layout.tsx';
import { CsrfField, ErrorSummary } from '../components/form.tsx';

/** Staff: every sheet as a blank A4 print, the relay and intake templates, and paper entry. */
export function BlankSheetsPage({ project, view, error }: { project: Project; view: BlankIndexView; error?: string }) {
  const pid = project.id;
  return (
    <Layout title="印刷用の用紙" project={project}>
      <h1>印刷用の用紙</h1>
      <p>
        紙で回答する機関や、端末を使わない会議のための白紙の用紙です。設問と順序はオンラインのフォームと同じです（A4縦）。
      </p>
      <section>
        <h2>紙のアンケートを入力する</h2>
        <p class="hint">
          機関ごとに印刷したアンケートの右上には「用紙番号」があります。番号を入力すると、その機関の回答の代理入力画面が開きます（操作履歴に「事務局による代理入力」として記録されます）。
        </p>
        <ErrorSummary message={error} />
        <form method="post" action={paperEntryPath(pid)} class="inline-form">
          <CsrfField />
          <label for="f-code">用紙番号</label>
          <input id="f-code" name="code" autocomplete="off" inputmode="text" placeholder="例：A3-41" required />
          <button type="submit" class="primary">
            紙の回答を入力
          </button>
        </form>
      </section>
      <section>
        <h2>白紙の用紙</h2>
        <ul>
          <li>
            アンケート：<a href={blankQuestionnairePath(pid)}>白紙（機関名を手書き）</a>／
            <a href={blankQuestionnairePath(pid, { all: true })}>全機関分（機関名・用紙番号入り、1機関ずつ）</a>
          </li>
          <li>
            <a href={blankHearingPath(pid)}>ヒアリング調査シート</a>
          </li>
          <li>
            <a href={blankCasePath(pid)}>支援事例シート</a>
          </li>
          {view.meetings.map((m) => (
            <li>
              {m.title}：<a href={blankCaseStudyPath(pid, m.id)}>事例検討シート</a>／
              <a href={blankGroupWorkPath(pid, m.id)}>グループワークシート</a>
            </li>
          ))}
        </ul>
        {view.agencies.length > 0 && (
          <details>
            <summary>機関ごとのアンケートと用紙番号</summary>
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">機関</th>
                  <th scope="col">用紙番号</th>
                </tr>
              </thead>
              <tbody>
                {view.agencies.map((a) => (
                  <tr>
                    <td>
                      <a href={blankQuestionnairePath(pid, { agencyId: a.id })}>{a.name}</a>
                    </td>
                    <td>{a.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </section>
      <section>
        <h2>つなぐシート・相談受付票</h2>
        <p class="hint">
          個人情報を書き込む用紙です。renkei
          は印刷するだけで、記入内容は保存しません。機関の名前と連絡先は支援機関の登録内容から入ります。
        </p>
        <form method="get" action={relaySheetPath(pid)} class="inline-form">
          <label for="f-from">つなぐ機関</label>
          <select id="f-from" name="from">
            <option value="">（空欄で印刷）</option>
            {view.agencies.map((a) => (
              <option value={a.id}>{a.name}</option>
            ))}
          </select>
          <label for="f-to">つなぎ先</label>
          <select id="f-to" name="to">
            <option value="">（空欄で印刷）</option>
            {view.agencies.map((a) => (
              <option value={a.id}>{a.name}</option>
            ))}
          </select>
          <button type="submit">つなぐシートを開く</button>
        </form>
        <form method="get" action={intakeSheetPath(pid)} class="inline-form">
          <label for="f-intake">受付機関</label>
          <select id="f-intake" name="agency">
            <option value="">（空欄で印刷）</option>
            {view.agencies.map((a) => (
              <option value={a.id}>{a.name}</option>
            ))}
          </select>
          <button type="submit">相談受付票を開く</button>
        </form>
      </section>
    </Layout>
  );
}
