import type { RelaySheetView, SheetAgency } from '../../src/blankSheets/blankViewModel.ts';
import { FIRST_CONTACTS, DURATIONS, HOUSEHOLDS } from '../../src/lib/labels/cases.ts';
import { BlankGrid, ConsentBox, PrintFrame, SheetItem, TickList, WriteLines } from './printFrame.tsx';

const NOT_STORED =
  'この用紙は個人情報を含みます。renkei は印刷するだけで、記入内容を保存しません。記入後は各機関の規程に従って保管してください。';

function AgencyBox({ title, agency }: { title: string; agency: SheetAgency | null }) {
  return (
    <table class="meta-grid">
      <caption>{title}</caption>
      <tbody>
        <tr>
          <th scope="row">機関名</th>
          <td>{agency?.name}</td>
        </tr>
        <tr>
          <th scope="row">担当者・連絡先</th>
          <td>
            {agency?.contact}
            {agency?.reach && <div>{agency.reach}</div>}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

const PERSON_LABELS = ['氏名（ふりがな）', '生年月日・年齢', '住所', '電話番号', '相談者（本人との続柄）'];

/**
 * つなぐシート (after 足立区, seed 002): what the sending agency hands on, printed only once the
 * person has agreed to the exchange of personal information; the consent is signed on the sheet.
 */
export function RelaySheetPage({ view, back }: { view: RelaySheetView; back: string }) {
  return (
    <PrintFrame title="つなぐシート（印刷用）" back={back} note={NOT_STORED}>
      <article class="sheet">
        <header class="sheet-head">
          <h1>つなぐシート</h1>
          <p class="sheet-hint">
            相談を受けた機関が内容を記録し、ご本人（またはご家族）から個人情報のやり取りについて同意を得たうえで、次の機関へつなぐための用紙です。
          </p>
          <p class="sheet-for">
            記入日：<span class="blank-inline"></span>　記入者：<span class="blank-inline"></span>
          </p>
        </header>
        <div class="two-col">
          <AgencyBox title="つなぐ機関（送り手）" agency={view.from} />
          <AgencyBox title="つなぎ先の機関（受け手）" agency={view.to} />
        </div>
        <SheetItem id="person" label="ご本人について">
          <BlankGrid labels={PERSON_LABELS} />
        </SheetItem>
        <SheetItem id="consulted" label="これまでの相談内容・主訴">
          <WriteLines lines={5} />
        </SheetItem>
        <SheetItem id="support_so_far" label="これまでの支援の経過（関わった機関と内容）">
          <WriteLines lines={4} />
        </SheetItem>
        <SheetItem id="assessment" label="ご本人・ご家族の状況と強み、ご本人の意向">
          <WriteLines lines={4} />
        </SheetItem>
        <SheetItem id="request" label="つなぎ先にお願いしたいこと（役割・期待）">
          <WriteLines lines={3} />
        </SheetItem>
        <SheetItem id="notes" label="配慮してほしいこと（連絡方法・時間帯・避けたい話題など）">
          <WriteLines lines={2} />
        </SheetItem>
        <ConsentBox
          title="個人情報のやり取りについての同意"
          statement={`私は、上記の内容を${view.from?.name ?? '（つなぐ機関）'}から${view.to?.name ?? '（つなぎ先の機関）'}へ伝え、支援のために両機関が情報をやり取りすることに同意します。同意はいつでも取り消すことができます。`}
        />
      </article>
    </PrintFrame>
  );
}

/**
 * 相談受付票 (after 日野市, seed 002): the essentials any staff member records at the first
 * contact, so the next person does not have to ask again.
 */
export function IntakeSheetPage({ view, back }: { view: RelaySheetView; back: string }) {
  return (
    <PrintFrame title="相談受付票（印刷用）" back={back} note={NOT_STORED}>
      <article class="sheet">
        <header class="sheet-head">
          <h1>ひきこもり相談受付票</h1>
          <p class="sheet-for">受付機関：{view.from?.name ?? <span class="blank-inline wide"></span>}</p>
          <p class="sheet-for">
            受付日時：<span class="blank-inline"></span>　受付者：<span class="blank-inline"></span>
          </p>
        </header>
        <SheetItem id="method" label="相談方法">
          <TickList options={['来所', '電話', 'メール', '訪問', 'その他']} />
        </SheetItem>
        <SheetItem id="caller" label="相談者">
          <TickList options={FIRST_CONTACTS.map((c) => c.label)} />
        </SheetItem>
        <SheetItem id="person" label="ご本人について">
          <BlankGrid labels={PERSON_LABELS} />
        </SheetItem>
        <SheetItem id="duration" label="ひきこもりの期間">
          <TickList options={DURATIONS.map((d) => d.label)} />
        </SheetItem>
        <SheetItem id="household" label="世帯の状況">
          <TickList options={HOUSEHOLDS.map((h) => h.label)} />
        </SheetItem>
        <SheetItem id="main_concern" label="相談内容（主訴）・困っていること">
          <WriteLines lines={5} />
        </SheetItem>
        <SheetItem id="history" label="これまでの相談先・受診歴">
          <WriteLines lines={3} />
        </SheetItem>
        <SheetItem id="urgency" label="緊急性の確認">
          <TickList
            options={['自傷・他害のおそれ', '生活費・食事に困っている', '家族の急病・介護', '暴力・虐待', '該当なし']}
          />
        </SheetItem>
        <SheetItem id="wishes" label="ご本人・ご家族の意向">
          <WriteLines lines={2} />
        </SheetItem>
        <SheetItem id="next_step" label="次の対応（担当・つなぎ先・次回の予定）">
          <WriteLines lines={3} />
        </SheetItem>
        <ConsentBox
          title="情報共有についての同意"
          statement="支援のために、必要な範囲で関係機関と情報を共有することに同意します。"
        />
      </article>
    </PrintFrame>
  );
}
