import type { Project } from '../../src/context.ts';
import type { FieldErrors } from '../../src/http/form.ts';
import type { ReportPageView } from '../../src/report/reportPageViewModel.ts';
import { reportDownloadPath, reportPath } from '../../src/lib/paths/report.ts';
import { meetingsPath } from '../../src/lib/paths/meetings.ts';
import { Layout } from '../layout/layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../components/form.tsx';
import { DisclosureConfirm, DisclosureReview } from '../packet/disclosureReview.tsx';

/** Staff edit the report's text blocks (each starts as a generated draft) and download it. */
export function ReportPage({
  project,
  view,
  errors,
  done,
}: {
  project: Project;
  view: ReportPageView;
  errors?: FieldErrors;
  done?: string;
}) {
  if (!view.ready)
    return (
      <Layout title="事業報告書" project={project}>
        <h1>事業報告書</h1>
        <p class="empty">
          会議が1つもないため、報告書を作れません。<a href={meetingsPath(project.id)}>会議</a>を登録してください。
        </p>
      </Layout>
    );
  return (
    <Layout title="事業報告書" project={project}>
      <h1>事業報告書</h1>
      <p>
        年度の事業報告書（事業目的・実施方法・経過・結果・ネットワーク会議の内容・考察・助言者）を、この年度の記録から作ります。
        経過と結果の表・グラフは出力のたびに最新の記録から作られます。下の文章欄は自動で作った下書きから始まり、編集すると保存した文章が使われます（空にすると下書きに戻ります）。
      </p>
      {done && <Notice kind="success">{done}</Notice>}
      <ErrorSummary errors={errors} />
      <form method="post" action={reportPath(project.id)} class="stack" data-unsaved-warning>
        <CsrfField />
        {view.blocks.map((b) => (
          <div class={`field${errors?.[b.key] ? ' has-error' : ''}`} id={`block-${b.key}`}>
            <label for={`f-${b.key}`}>
              {b.label} <span class="badge">{b.edited ? '編集済み' : '自動の下書き'}</span>
            </label>
            <textarea id={`f-${b.key}`} name={b.key} rows={6}>
              {b.text}
            </textarea>
            {errors?.[b.key] && (
              <p class="error" role="alert">
                {errors[b.key]}
              </p>
            )}
            {b.findings.length > 0 && (
              <p class="warn" role="status">
                個人を特定できる情報の可能性：{b.findings.map((f) => `「${f.text}」（${f.label}）`).join('、')}
              </p>
            )}
          </div>
        ))}
        <div class="actions">
          <button type="submit" class="primary">
            文章を保存する
          </button>
        </div>
      </form>
      <DisclosureReview items={view.disclosure} audience="報告書の提出先（保健所の上司・都道府県）" />
      <form method="get" action={reportDownloadPath(project.id)} class="stack" id="download">
        <h2>出力</h2>
        <p class="hint">保存した文章で出力します。未保存の変更は先に「文章を保存する」で保存してください。</p>
        <fieldset>
          <legend>形式</legend>
          <label class="check">
            <input type="radio" name="format" value="docx" checked /> Word（DOCX：見出し・表・グラフ入り、編集できます）
          </label>
          <label class="check">
            <input type="radio" name="format" value="pdf" /> PDF（A4）
          </label>
          <label class="check">
            <input type="radio" name="format" value="html" /> HTML（ブラウザで表示）
          </label>
        </fieldset>
        <DisclosureConfirm error={errors?.reviewed} />
        {view.findingCount > 0 && (
          <div class={`field${errors?.piiReviewed ? ' has-error' : ''}`}>
            {errors?.piiReviewed && <p class="error">{errors.piiReviewed}</p>}
            <label>
              <input type="checkbox" name="piiReviewed" value="on" /> 個人を特定できる情報の可能性がある箇所（
              {view.findingCount}件）を確認し、このまま出力してよいと判断しました
            </label>
          </div>
        )}
        <div class="actions">
          <button type="submit" class="primary">
            報告書を出力する
          </button>
        </div>
      </form>
    </Layout>
  );
}
