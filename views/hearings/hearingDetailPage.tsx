import type { Child } from 'hono/jsx';
import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { HearingComment, HearingRecord, HearingTheme, Passage } from '../../src/hearings/queries.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { HearingRecordView } from './hearingRecordView.tsx';
import { SheetStyles } from '../cases/sheetStyles.tsx';
import { CheckboxGroup } from '../cases/choiceGroups.tsx';
import { HEARING_SECTIONS } from '../../src/lib/labels/hearings.ts';
import { PASSAGE_UNSHARED_NOTE } from '../../src/lib/labels/privacy.ts';
import { hearingEditPath, hearingPath, hearingThemesPath } from '../../src/lib/paths/hearings.ts';
import { newIssueRowPath } from '../../src/lib/paths/issuesTable.ts';

function ThemeTags({ ids, themes }: { ids: number[]; themes: Map<number, HearingTheme> }) {
  return (
    <ul class="tags">
      {ids
        .map((id) => themes.get(id))
        .filter(Boolean)
        .map((t) => (
          <li class="tag">{t!.label}</li>
        ))}
    </ul>
  );
}

export function HearingDetailPage(p: {
  project: Project;
  hearing: HearingRecord;
  agencyName: string;
  themes: HearingTheme[];
  passages: Passage[];
  comments: HearingComment[];
  values?: FormValues;
  errors?: FieldErrors;
  deleteError?: string;
  notice?: string;
}) {
  const base = hearingPath(p.project.id, p.hearing.id);
  const themeMap = new Map(p.themes.map((t) => [t.id, t]));
  const passageList = (list: Passage[]) => (
    <ul class="passages">
      {list.map((ps) => (
        <li>
          {ps.excerpt ? (
            <blockquote class="passage">{ps.excerpt}</blockquote>
          ) : (
            <span class="passage-meta">{ps.sectionId ? 'この項目全体' : '記録全体'}</span>
          )}
          <ThemeTags ids={ps.themeIds} themes={themeMap} />
          <p class="passage-meta" id={`passage-${ps.id}`}>
            資料での表示：{ps.shared ? `機関名を出して載せる（${p.agencyName}）` : PASSAGE_UNSHARED_NOTE}
          </p>
          <div class="actions">
            <form method="post" action={`${base}/passages/${ps.id}/shared`} class="inline">
              <CsrfField />
              <input type="hidden" name="shared" value={ps.shared ? '0' : '1'} />
              <button type="submit" class="link">
                {ps.shared ? '機関名を伏せる' : '機関名を出す（機関の了解あり）'}
              </button>
            </form>
            <a href={newIssueRowPath(p.project.id, { passage: ps.id })}>問題点と課題の表に追加</a>
            <form method="post" action={`${base}/passages/${ps.id}/delete`} class="inline">
              <CsrfField />
              <button type="submit" class="link">
                タグを外す
              </button>
            </form>
          </div>
        </li>
      ))}
    </ul>
  );
  const bySection = new Map<string, Child>();
  for (const s of HEARING_SECTIONS) {
    const list = p.passages.filter((ps) => ps.sectionId === s.id);
    if (list.length) bySection.set(s.id, passageList(list));
  }
  const wholeRecord = p.passages.filter((ps) => ps.sectionId === null);
  const values = p.values ?? {};
  const sectionOptions = [
    { value: '', label: '記録全体' },
    ...HEARING_SECTIONS.filter((s) => p.hearing.sections[s.id]).map((s) => ({ value: s.id, label: s.label })),
  ];
  return (
    <Layout title={`ヒアリング記録：${p.agencyName}`} project={p.project}>
      <SheetStyles />
      <div class="page-head">
        <h1>ヒアリング記録：{p.agencyName}</h1>
        <div class="actions">
          <a class="button" href={hearingEditPath(p.project.id, p.hearing.id)}>
            編集
          </a>
        </div>
      </div>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <HearingRecordView hearing={p.hearing} agencyName={p.agencyName} themesBySection={bySection} />
      {wholeRecord.length > 0 && (
        <section class="sheet-section">
          <h2>記録全体のテーマ</h2>
          {passageList(wholeRecord)}
        </section>
      )}

      <h2 id="tag">テーマでタグ付けする</h2>
      <p class="hint">
        記録から該当する発言・記述をコピーして貼り付け、テーマを選びます。空欄なら選んだ項目全体（または記録全体）にタグを付けます。
      </p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`${base}/passages`} class="stack" novalidate>
        <CsrfField />
        <Select name="sectionId" label="項目" options={sectionOptions} values={values} errors={p.errors} required />
        <Field name="excerpt" label="抜き出す文章（任意）" multiline rows={3} values={values} errors={p.errors} />
        <CheckboxGroup
          name="themeIds"
          legend="テーマ"
          options={p.themes.map((t) => ({ value: String(t.id), label: t.label }))}
          values={values}
          errors={p.errors}
          required
        />
        <label>
          <input type="checkbox" name="shared" value="on" checked={values.shared === 'on'} />{' '}
          機関名を出して資料に載せてよい（この機関の了解を得ている）
        </label>
        <p class="hint">
          チェックしない発言は、資料に「ある機関」として機関名を伏せて載り、他の機関のリンクには表示されません。
        </p>
        <p class="hint">
          テーマの追加は<a href={`${hearingThemesPath(p.project.id)}#manage`}>テーマ別の集計</a>から行えます。
        </p>
        <div class="actions">
          <button type="submit" class="primary">
            タグを付ける
          </button>
        </div>
      </form>

      <h2>機関との共有</h2>
      <p>
        {p.hearing.sharedAt
          ? `${formatDateTime(p.hearing.sharedAt)} から機関の専用ページで閲覧できます。機関は内容を確認し、修正依頼を送れます（編集はできません）。`
          : 'この記録は機関に共有されていません。共有すると、機関は専用ページで内容を確認し、修正依頼を送れます。'}
      </p>
      <form method="post" action={`${base}/share`} class="inline">
        <CsrfField />
        <input type="hidden" name="shared" value={p.hearing.sharedAt ? '0' : '1'} />
        <button type="submit">{p.hearing.sharedAt ? '共有をやめる' : '機関に共有する'}</button>
      </form>
      <h3>機関からの修正依頼</h3>
      {p.comments.length === 0 ? (
        <p class="muted">まだありません。</p>
      ) : (
        <ul class="comments">
          {p.comments.map((cm) => (
            <li>
              <span class="muted">{formatDateTime(cm.createdAt)}</span>{' '}
              {cm.resolvedAt ? <span class="badge">対応済み</span> : <span class="badge draft">未対応</span>}
              <p class="sheet-text">{cm.body}</p>
              {!cm.resolvedAt && (
                <form method="post" action={`${base}/comments/${cm.id}/resolve`} class="inline">
                  <CsrfField />
                  <button type="submit">対応済みにする</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2>記録の削除</h2>
      <form method="post" action={`${base}/delete`} class="inline">
        <CsrfField />
        <label>
          <input
            type="checkbox"
            name="confirm"
            value="1"
            required
            aria-describedby={p.deleteError ? 'delete-error' : undefined}
          />{' '}
          タグ付けや修正依頼も含めて削除することを確認しました
        </label>{' '}
        <button type="submit" class="danger">
          削除する
        </button>
        {p.deleteError && (
          <p class="error" id="delete-error" role="alert">
            {p.deleteError}
          </p>
        )}
      </form>
    </Layout>
  );
}
