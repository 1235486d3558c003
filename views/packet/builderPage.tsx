import { CsrfField, ErrorSummary, Notice } from '../components/form.tsx';
import type { BuilderProps } from '../../src/packet/builderViewModel.ts';
import { DisclosureConfirm, DisclosureReview } from './disclosureReview.tsx';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { SECTION_LABEL, SECTIONS } from '../../src/lib/labels/packet.ts';
import { meetingPath } from '../../src/lib/paths/meetings.ts';
import {
  issuedPacketFilePath,
  issuedPacketPath,
  packetFilePath,
  packetIssuePath,
  packetPath,
  packetResetPath,
} from '../../src/lib/paths/packet.ts';

/** Which questions' summaries the 設問別集計 section shows (it is included by its row above). */
function QuestionChoices({ p }: { p: BuilderProps }) {
  const chosen = new Set(
    Array.isArray(p.values.summary_questions) ? p.values.summary_questions : [p.values.summary_questions],
  );
  const err = p.errors?.summary_questions;
  return (
    <fieldset class={err ? 'has-error' : undefined} id="f-summary_questions">
      <legend>設問別集計に載せる設問（「{SECTION_LABEL.question_summaries}」を含めるとき）</legend>
      {err && (
        <p class="error" id="f-summary_questions-error">
          {err}
        </p>
      )}
      {p.questionChoices.map((s) => (
        <details open={s.questions.some((q) => chosen.has(q.id))}>
          <summary>{s.heading}</summary>
          {s.questions.map((q) => (
            <label class="pb-check">
              <input type="checkbox" name="summary_questions" value={q.id} checked={chosen.has(q.id)} />
              {q.label}
            </label>
          ))}
        </details>
      ))}
    </fieldset>
  );
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

export function PacketBuilderPage(p: BuilderProps) {
  const [pid, mid] = [p.project.id, p.meeting.id];
  const v = p.values;
  return (
    <Layout title={`会議資料：${p.meeting.title}`} project={p.project}>
      <link rel="stylesheet" href="/static/packet.css" />
      <p class="muted">
        <a href={meetingPath(pid, mid)}>{p.meeting.title}</a>（{formatDate(p.meeting.date)}）
      </p>
      <h1>会議資料</h1>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      {p.frozen && (
        <Notice kind="warn">
          この会議は終了しています。
          {p.issued.length
            ? `配布した資料は発行済みの版（最新は第${p.issued[0].version}版）で確認できます。下の出力は現在のデータで作り直したものです。`
            : '配布した資料を後から同じ内容で確認できるよう、「発行する」で保存してください。'}
        </Notice>
      )}

      <section aria-labelledby="outputs">
        <h2 id="outputs">資料を出力する</h2>
        <p class="hint">下の設定（項目・順番・コメント）で作成します。どの形式も同じ集計値です。</p>
        <ul class="actions pb-outputs">
          <li>
            <a class="button primary" href={packetFilePath(pid, mid, 'html')} data-unsaved-of="pb-settings">
              印刷用表示（A4）
            </a>
          </li>
          <li>
            {p.pdf.available ? (
              <a
                class="button"
                href={packetFilePath(pid, mid, 'pdf')}
                data-unsaved-of="pb-settings"
                data-busy="PDFを作成中…"
                download
              >
                PDF
              </a>
            ) : (
              <span class="muted">PDF（利用できません）</span>
            )}
          </li>
          <li>
            <a class="button" href={packetFilePath(pid, mid, 'xlsx')} data-unsaved-of="pb-settings">
              データ付録（Excel）
            </a>
          </li>
          <li>
            <a class="button" href={packetFilePath(pid, mid, 'json')} data-unsaved-of="pb-settings">
              データ（JSON形式：他のシステムへの受け渡し用）
            </a>
          </li>
        </ul>
        {!p.pdf.available && <Notice kind="warn">{p.pdf.hint}</Notice>}
      </section>

      <section aria-labelledby="settings">
        <h2 id="settings">資料に含める項目</h2>
        <p class="hint">
          含める項目にチェックを入れ、「順番」の数字の小さい順に並べます。コメントは各項目の末尾に「事務局より」として印刷されます。
          {p.customised ? '' : '（現在は会議の種類に応じた標準の構成です）'}
        </p>
        <ErrorSummary errors={p.errors} />
        {p.errors?._form && (
          <p class="error" role="alert">
            {p.errors._form}
          </p>
        )}
        <form method="post" action={packetPath(pid, mid)} class="stack" id="pb-settings" data-unsaved-warning>
          <CsrfField />
          <div class="table-wrap">
            <table class="pb-sections">
              <thead>
                <tr>
                  <th scope="col">含める</th>
                  <th scope="col">順番</th>
                  <th scope="col">コメント（任意）</th>
                </tr>
              </thead>
              <tbody>
                {SECTIONS.map((s) => {
                  const orderErr = p.errors?.[`order_${s.id}`];
                  const commentErr = p.errors?.[`comment_${s.id}`];
                  return (
                    <tr>
                      <td>
                        <label class="pb-check pb-section-name">
                          <input
                            type="checkbox"
                            name={`include_${s.id}`}
                            checked={v[`include_${s.id}`] !== undefined}
                          />
                          {s.label}
                        </label>
                      </td>
                      <td class={orderErr ? 'has-error' : undefined}>
                        <label class="visually-hidden" for={`f-order_${s.id}`}>
                          {s.label}の順番
                        </label>
                        <input
                          id={`f-order_${s.id}`}
                          name={`order_${s.id}`}
                          inputmode="numeric"
                          class="pb-order"
                          value={str(v[`order_${s.id}`])}
                          aria-invalid={orderErr ? 'true' : undefined}
                          aria-describedby={orderErr ? `f-order_${s.id}-error` : undefined}
                        />
                        {orderErr && (
                          <p class="error" id={`f-order_${s.id}-error`}>
                            {orderErr}
                          </p>
                        )}
                      </td>
                      <td class={commentErr ? 'has-error' : undefined}>
                        <label class="visually-hidden" for={`f-comment_${s.id}`}>
                          {s.label}へのコメント
                        </label>
                        <textarea
                          id={`f-comment_${s.id}`}
                          name={`comment_${s.id}`}
                          rows={2}
                          aria-invalid={commentErr ? 'true' : undefined}
                          aria-describedby={commentErr ? `f-comment_${s.id}-error` : undefined}
                        >
                          {str(v[`comment_${s.id}`])}
                        </textarea>
                        {commentErr && (
                          <p class="error" id={`f-comment_${s.id}-error`}>
                            {commentErr}
                          </p>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <QuestionChoices p={p} />
          <fieldset>
            <legend>匿名性</legend>
            <label class="pb-check">
              <input type="checkbox" name="hideCaseAgencies" checked={v.hideCaseAgencies !== undefined} />
              事例提供機関を伏せる（事例の項目で機関名を「A機関」「B機関」のように表示）
            </label>
          </fieldset>
          <div class="actions">
            <button type="submit" class="primary">
              設定を保存する
            </button>
          </div>
        </form>
        {p.customised && (
          <form method="post" action={packetResetPath(pid, mid)} class="actions pb-reset">
            <CsrfField />
            <button type="submit">標準の構成に戻す</button>
          </form>
        )}
      </section>

      <DisclosureReview items={p.disclosure} audience={p.audience} />

      <section aria-labelledby="issue">
        <h2 id="issue">発行</h2>
        <p class="hint">
          「発行する」を押すと、その時点の資料（印刷用HTMLとJSON）が版番号つきで保存されます。後でデータが変わっても、配布した資料をそのまま表示・印刷できます。
        </p>
        <form method="post" action={packetIssuePath(pid, mid)}>
          <CsrfField />
          <DisclosureConfirm error={p.errors?.reviewed} />
          <button type="submit" class="primary" data-unsaved-of="pb-settings">
            現在の内容で発行する
          </button>
        </form>
        {p.issued.length === 0 ? (
          <p class="muted">まだ発行していません。</p>
        ) : (
          <div class="table-wrap pb-issued">
            <table>
              <caption class="visually-hidden">発行済みの版</caption>
              <thead>
                <tr>
                  <th scope="col">版</th>
                  <th scope="col">発行日時</th>
                  <th scope="col">発行者</th>
                  <th scope="col">表示</th>
                </tr>
              </thead>
              <tbody>
                {p.issued.map((i) => (
                  <tr>
                    <td>第{i.version}版</td>
                    <td>{formatDateTime(i.issuedAt)}</td>
                    <td>{i.issuedBy ?? ''}</td>
                    <td>
                      <span class="actions">
                        <a href={issuedPacketPath(pid, mid, i.version)}>印刷用表示</a>
                        {p.pdf.available && <a href={issuedPacketFilePath(pid, mid, i.version, 'pdf')}>PDF</a>}
                        <a href={issuedPacketFilePath(pid, mid, i.version, 'json')}>JSON</a>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Layout>
  );
}
