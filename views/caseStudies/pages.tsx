import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import type { CaseListItem } from '../../src/cases/queries.ts';
import type { CaseStudyListItem } from '../../src/caseStudies/queries.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import {
  CASE_AGE_BAND_LABEL,
  CLASSIFICATION_LABEL,
  DURATION_LABEL,
  GAP_POINT_LABEL,
  HOUSEHOLD_LABEL,
  SEX_LABEL,
} from '../../src/cases/labels.ts';
import { AGENCY_VIEW_FIELDS, agencySlot, CASE_STUDY_SECTIONS } from '../../src/caseStudies/labels.ts';
import { Layout } from '../layout/layout.tsx';

const meetingBase = (p: Project, m: Meeting) => `/projects/${p.id}/meetings/${m.id}`;

export function CaseStudyListPage(p: {
  project: Project;
  meeting: Meeting;
  studies: CaseStudyListItem[];
  candidates: CaseListItem[];
  otherCases: CaseListItem[];
  errors?: FieldErrors;
}) {
  const base = `${meetingBase(p.project, p.meeting)}/case-studies`;
  const started = new Set(p.studies.map((s) => s.caseId));
  const options = [...p.candidates, ...p.otherCases].filter((c) => !started.has(c.id));
  return (
    <Layout title={`事例検討シート：${p.meeting.title}`} project={p.project}>
      <p class="muted">
        <a href={meetingBase(p.project, p.meeting)}>{p.meeting.title}</a> ＞ 事例検討シート
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
              <a class="card-link" href={`${base}/${s.id}`}>
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
          この会議の検討候補になっている事例はまだありません。<a href={`/projects/${p.project.id}/cases`}>支援事例</a>
          の画面で「この会議の検討候補にする」を選ぶと、ここに先頭から表示されます。
        </p>
      )}
      <ErrorSummary errors={p.errors} />
      {options.length > 0 ? (
        <form method="post" action={base} class="stack" novalidate>
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
function CaseSummary({ sheet, agencyNames }: { sheet: CaseListItem; agencyNames: Map<number, string> }) {
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <section class="sheet-section case-summary" aria-labelledby="case-summary-h">
      <h2 id="case-summary-h">事例の概要（支援事例シートから）</h2>
      <dl class="meta">
        <dt>事例番号・区分</dt>
        <dd>{`${sheet.key}・${sheet.classification ? CLASSIFICATION_LABEL[sheet.classification] : '—'}`}</dd>
        <dt>提出機関</dt>
        <dd>{sheet.agencyName}</dd>
        <dt>年齢帯・性別</dt>
        <dd>{`${dash(sheet.ageBand && CASE_AGE_BAND_LABEL[sheet.ageBand])}・${dash(sheet.sex && SEX_LABEL[sheet.sex])}`}</dd>
        <dt>世帯・期間</dt>
        <dd>
          {`${dash(sheet.household.map((h) => HOUSEHOLD_LABEL[h as keyof typeof HOUSEHOLD_LABEL] ?? h).join('、'))}・${dash(
            sheet.duration && DURATION_LABEL[sheet.duration as keyof typeof DURATION_LABEL],
          )}`}
        </dd>
        <dt>関わった機関</dt>
        <dd>{dash(sheet.involvedAgencyIds.map((id) => agencyNames.get(id) ?? '（削除された機関）').join('、'))}</dd>
        <dt>狭間になった場面</dt>
        <dd>{dash(sheet.gapPoints.map((g) => GAP_POINT_LABEL[g as keyof typeof GAP_POINT_LABEL] ?? g).join('、'))}</dd>
      </dl>
      <p class="sheet-text">{dash(sheet.summary)}</p>
      {sheet.gapText && (
        <p class="sheet-text">
          <strong>制度の狭間（事例シート）：</strong>
          {sheet.gapText}
        </p>
      )}
    </section>
  );
}

export type SheetField = { slot: string; text: string; version: number; hash: string };

/** One textarea with the version and original-text hash it was loaded with. */
function EntryField(p: {
  field: SheetField;
  label: string;
  hint?: string;
  values?: FormValues;
  errors?: FieldErrors;
  rows?: number;
}) {
  const name = `t.${p.field.slot}`;
  return (
    <div>
      <input
        type="hidden"
        name={`v.${p.field.slot}`}
        value={String(p.values?.[`v.${p.field.slot}`] ?? p.field.version)}
      />
      <input type="hidden" name={`h.${p.field.slot}`} value={String(p.values?.[`h.${p.field.slot}`] ?? p.field.hash)} />
      <Field
        name={name}
        label={p.label}
        hint={p.hint}
        multiline
        rows={p.rows ?? 3}
        values={p.values ?? { [name]: p.field.text }}
        errors={p.errors}
      />
    </div>
  );
}

export function CaseStudySheetPage(p: {
  project: Project;
  meeting: Meeting;
  studyId: number;
  sheet: CaseListItem;
  agencyNames: Map<number, string>;
  viewAgencies: { id: number; name: string }[];
  addable: { id: number; name: string }[];
  fields: Map<string, SheetField>;
  values?: FormValues;
  errors?: FieldErrors;
  notice?: string;
}) {
  const base = `${meetingBase(p.project, p.meeting)}/case-studies`;
  const field = (slot: string) => p.fields.get(slot) ?? { slot, text: '', version: 0, hash: '' };
  return (
    <Layout title={`事例検討シート ${p.sheet.key}`} project={p.project}>
      <p class="muted">
        <a href={meetingBase(p.project, p.meeting)}>{p.meeting.title}</a> ＞ <a href={base}>事例検討シート</a> ＞{' '}
        {p.sheet.key}
      </p>
      <h1>{`事例検討シート：事例 ${p.sheet.key}`}</h1>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <ErrorSummary
        errors={p.errors}
        message={
          p.errors && Object.values(p.errors).some((e) => e?.startsWith('他の人が'))
            ? '他の人が先に変更した欄があります。その欄はまだ保存されていません。いまの内容を確認し、必要なら書き直してもう一度保存してください。'
            : undefined
        }
      />
      <CaseSummary sheet={p.sheet} agencyNames={p.agencyNames} />
      <form method="post" action={`${base}/${p.studyId}`} class="stack case-study-form" novalidate>
        <CsrfField />
        <h2>各機関の見方</h2>
        {p.viewAgencies.length === 0 && (
          <p class="hint">下の「機関を追加」から、この事例について意見を記入する機関を加えてください。</p>
        )}
        {p.viewAgencies.map((a) => (
          <fieldset class="agency-view">
            <legend>{a.name}</legend>
            <div class="row">
              {AGENCY_VIEW_FIELDS.map((f) => (
                <EntryField
                  field={field(agencySlot(a.id, f.key))}
                  label={f.label}
                  values={p.values}
                  errors={p.errors}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <h2>検討のまとめ</h2>
        {CASE_STUDY_SECTIONS.map((s) => (
          <EntryField field={field(s.key)} label={s.label} hint={s.hint} rows={4} values={p.values} errors={p.errors} />
        ))}
        <div class="actions">
          <button type="submit" class="primary">
            保存する
          </button>
          <span class="hint">変更した欄だけが保存されます。同時に別の欄を書いている人の入力は上書きされません。</span>
        </div>
      </form>
      {p.addable.length > 0 && (
        <form method="post" action={`${base}/${p.studyId}/agencies`} class="stack add-agency" novalidate>
          <h2>機関を追加</h2>
          <CsrfField />
          <div class="field">
            <label for="f-agencyId">この事例について見方を記入する機関</label>
            <select id="f-agencyId" name="agencyId">
              {p.addable.map((a) => (
                <option value={String(a.id)}>{a.name}</option>
              ))}
            </select>
          </div>
          <button type="submit">追加する</button>
        </form>
      )}
    </Layout>
  );
}
