// The meeting's case-study sheets and the form that starts one from a submitted case.
import { CsrfField, ErrorSummary } from '../components/form.tsx';
import { Layout } from '../layout/layout.tsx';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import type { CaseListItem } from '../../src/cases/queries.ts';
import type { CaseStudyListData } from '../../src/caseStudies/caseStudyViewModel.ts';
import type { FieldErrors } from '../../src/http/form.ts';
import { CASE_AGE_BAND_LABEL, CLASSIFICATION_LABEL } from '../../src/lib/labels/cases.ts';
import { caseStudiesPath, caseStudyPath } from '../../src/lib/paths/caseStudies.ts';
import { casesPath } from '../../src/lib/paths/cases.ts';
import { meetingPath } from '../../src/lib/paths/meetings.ts';

export function CaseStudyListPage(p: CaseStudyListData & { project: Project; meeting: Meeting; errors?: FieldErrors }) {
  const started = new Set(p.studies.map((s) => s.caseId));
  const options = [...p.candidates, ...p.otherCases].filter((c) => !started.has(c.id));
  return (
    <Layout title={`事例検討シート：${p.meeting.title}`} project={p.project}>
      <p class="muted">
        <a href={meetingPath(p.project.id, p.meeting.id)}>{p.meeting.title}</a> ＞ 事例検討シート
      </p>
      <h1>事例検討シート</h1>
      <p>
        会議で検討する事例ごとに、参加機関それぞれの見方、制度の狭間、共有したアセスメント、結論と今後の取組を記録します。
      </p>
      {p.studies.length === 0 ? (
        <p class="empty">まだ事例検討シートはありません。下で事例を選んで作成してください。</p>
      ) : (
        <ul class="cards">
          {p.studies.map((s) => (
            <li>
              <a class="card-link" href={caseStudyPath(p.project.id, p.meeting.id, s.id)}>
                <strong>{`事例 ${s.caseKey}`}</strong>
                <span class="muted">{`${s.classification ? CLASSIFICATION_LABEL[s.classification] : '区分未設定'}・記入済み ${s.filled} 欄`}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2>事例検討シートを作成</h2>
      {p.candidates.length === 0 && (
        <p class="hint">
          この会議の検討候補になっている事例はまだありません。<a href={casesPath(p.project.id)}>支援事例</a>
          の画面で「この会議の検討候補にする」を選ぶと、ここに先頭から表示されます。
        </p>
      )}
      <ErrorSummary errors={p.errors} />
      {options.length > 0 ? (
        <form method="post" action={caseStudiesPath(p.project.id, p.meeting.id)} class="stack" novalidate>
          <CsrfField />
          <div class={`field${p.errors?.caseId ? ' has-error' : ''}`}>
            <label for="f-caseId">検討する事例</label>
            <select id="f-caseId" name="caseId" aria-describedby={p.errors?.caseId ? 'f-caseId-error' : undefined}>
              {p.candidates.filter((c) => !started.has(c.id)).length > 0 && (
                <optgroup label="この会議の検討候補">
                  {p.candidates
                    .filter((c) => !started.has(c.id))
                    .map((c) => (
                      <option value={String(c.id)}>{caseOptionLabel(c)}</option>
                    ))}
                </optgroup>
              )}
              {p.otherCases.filter((c) => !started.has(c.id)).length > 0 && (
                <optgroup label="その他の提出済み事例">
                  {p.otherCases
                    .filter((c) => !started.has(c.id))
                    .map((c) => (
                      <option value={String(c.id)}>{caseOptionLabel(c)}</option>
                    ))}
                </optgroup>
              )}
            </select>
            {p.errors?.caseId && (
              <p class="error" id="f-caseId-error" role="alert">
                {p.errors.caseId}
              </p>
            )}
          </div>
          <button type="submit" class="primary">
            シートを作成
          </button>
        </form>
      ) : (
        <p class="muted">検討できる提出済みの事例がありません。</p>
      )}
    </Layout>
  );
}

function caseOptionLabel(c: CaseListItem): string {
  const cls = c.classification ? CLASSIFICATION_LABEL[c.classification] : '区分未設定';
  const age = c.ageBand ? (CASE_AGE_BAND_LABEL[c.ageBand] ?? c.ageBand) : '';
  return `${c.key}（${cls}${age ? `・${age}` : ''}）${c.agencyName}`;
}

/** The case as submitted: only de-identified fields, shown read-only at the top of the sheet. */
