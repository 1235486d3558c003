import { PrintButton } from '../components/printButton.tsx';
import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { ThemeSummary } from '../../src/hearings/themeSummary.ts';
import { num, tableHead } from '../components/dataTable.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { markup } from '../markup.ts';
import { Layout } from '../layout/layout.tsx';
import { SheetStyles } from '../cases/sheetStyles.tsx';
import { HEARING_SECTION_LABEL } from '../../src/lib/labels/hearings.ts';
import {
  hearingPath,
  hearingThemePath,
  hearingThemesPath,
  hearingThemesXlsxPath,
} from '../../src/lib/paths/hearings.ts';
import { newIssueRowPath } from '../../src/lib/paths/issuesTable.ts';

export function ThemeSummaryPage(p: {
  project: Project;
  summary: ThemeSummary;
  values?: FormValues;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { summary } = p;
  const pid = p.project.id;
  return (
    <Layout title="ヒアリング：テーマ別の集計" project={p.project}>
      <SheetStyles />
      <h1>ヒアリング：テーマ別の集計</h1>
      <PrintButton />
      {summary.agencies.length > 0 && (
        <p class="actions no-print">
          <a class="button" href={hearingThemesXlsxPath(pid)} download>
            Excel（XLSX）で出力
          </a>
        </p>
      )}
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <p class="hint">数字は、各機関の記録でそのテーマが付いた発言・記述の数です。</p>
      {summary.agencies.length === 0 ? (
        <p class="empty">まだヒアリング記録がありません。</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="muted">テーマ × 機関</caption>
            {markup(tableHead(['テーマ', ...summary.agencies.map((a) => num(a.name)), num('機関数'), num('計')]))}
            <tbody>
              {summary.rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`#theme-${r.theme.id}`}>{r.theme.label}</a>
                  </th>
                  {r.byAgency.map((n) => (
                    <td class="num">{n || ''}</td>
                  ))}
                  <td class="num">{r.agencies}</td>
                  <td class="num">{r.passages}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>テーマ別の発言・記述</h2>
      {summary.groups.map((g) => (
        <section class="sheet-section" id={`theme-${g.theme.id}`}>
          <div class="page-head">
            <h3>
              {g.theme.label}（{g.passages.length}件）
            </h3>
            <a href={newIssueRowPath(pid, { theme: g.theme.id })}>問題点と課題の表に追加</a>
          </div>
          {g.passages.length === 0 ? (
            <p class="muted">このテーマのタグはまだありません。</p>
          ) : (
            <ul>
              {g.passages.map((ps) => (
                <li>
                  <span class="passage-meta">
                    <a href={hearingPath(pid, ps.hearingId)}>{ps.agency.name}</a>
                    {ps.sectionId ? `・${HEARING_SECTION_LABEL[ps.sectionId] ?? ''}` : '・記録全体'}
                  </span>
                  {ps.text && <blockquote class="passage">{ps.text}</blockquote>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <h2 id="manage">テーマの管理</h2>
      <ul class="tags">
        {summary.rows.map((r) => (
          <li class="tag">
            {r.theme.label}
            <form
              method="post"
              action={`${hearingThemePath(pid, r.theme.id)}/delete`}
              class="inline"
              data-confirm={`テーマ「${r.theme.label}」を削除します。このテーマのタグはすべてのヒアリング記録から外れます（記録の文章は残ります）。削除しますか？`}
            >
              <CsrfField />
              <button type="submit" class="link" aria-label={`テーマ「${r.theme.label}」を削除（タグも外れます）`}>
                ×
              </button>
            </form>
          </li>
        ))}
      </ul>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={hearingThemesPath(pid)} class="stack" novalidate>
        <CsrfField />
        <Field
          name="label"
          label="新しいテーマ"
          values={p.values}
          errors={p.errors}
          hint="例：ひきこもりの定義・捉え方"
        />
        <button type="submit">追加する</button>
      </form>
    </Layout>
  );
}
