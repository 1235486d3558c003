import type { BlankCaseView } from '../../src/blankSheets/blankViewModel.ts';
import {
  ASSESSMENT_ASPECTS,
  ASSESSMENT_SUBJECTS,
  CASE_AGE_BANDS,
  CLASSIFICATIONS,
  CONSENTS,
  DURATIONS,
  FACTOR_VALUES,
  FIRST_CONTACTS,
  GAP_POINTS,
  HOUSEHOLDS,
  SEXES,
} from '../../src/lib/labels/cases.ts';
import { PrintFrame, SheetItem, TickList, WriteLines } from './printFrame.tsx';

const labelsOf = (opts: readonly { label: string }[]) => opts.map((o) => o.label);

/** The case sheet (支援事例シート) on paper, in the online form's order. */
export function CaseBlankPage({ view, back }: { view: BlankCaseView; back: string }) {
  return (
    <PrintFrame title="支援事例シート（印刷用）" back={back}>
      <article class="sheet">
        <header class="sheet-head">
          <h1>支援事例シート</h1>
          <p class="sheet-for">
            機関名：<span class="blank-inline wide"></span>　記入日：<span class="blank-inline"></span>
          </p>
          <p class="sheet-hint">
            個人が特定される情報（氏名・住所・電話番号・学校名など）は書かないでください。「Aさん」「本人」「母」などと書きます。
          </p>
        </header>
        <SheetItem id="classification" label="事例の区分">
          <TickList options={labelsOf(CLASSIFICATIONS)} />
        </SheetItem>
        <section class="sheet-section">
          <h2>ご本人について</h2>
          <SheetItem id="ageBand" label="年齢帯">
            <TickList options={labelsOf(CASE_AGE_BANDS)} />
          </SheetItem>
          <SheetItem id="duration" label="ひきこもり期間">
            <TickList options={labelsOf(DURATIONS)} />
          </SheetItem>
          <SheetItem id="sex" label="性別">
            <TickList options={labelsOf(SEXES)} />
          </SheetItem>
          <SheetItem id="household" label="世帯構成（あてはまるものすべて）">
            <TickList options={labelsOf(HOUSEHOLDS)} />
          </SheetItem>
        </section>
        <section class="sheet-section">
          <h2>支援の始まり</h2>
          <SheetItem id="firstContact" label="最初の相談者">
            <TickList options={labelsOf(FIRST_CONTACTS)} />
          </SheetItem>
          <SheetItem id="startText" label="支援開始の経緯・主訴">
            <WriteLines lines={3} />
          </SheetItem>
        </section>
        <SheetItem id="consent" label="情報提供についての同意">
          <TickList options={labelsOf(CONSENTS)} />
        </SheetItem>
        <SheetItem id="summary" label="事例の概要">
          <WriteLines lines={6} />
        </SheetItem>
        <section class="sheet-section">
          <h2>アセスメント（本人と家族を分けて）</h2>
          {ASSESSMENT_SUBJECTS.map((subject) =>
            ASSESSMENT_ASPECTS.map((aspect) => (
              <SheetItem id={`${subject.key}${aspect.key}`} label={`${subject.label}の${aspect.label}`}>
                <WriteLines lines={2} />
              </SheetItem>
            )),
          )}
        </section>
        <section class="sheet-section">
          <h2>要因のチェック</h2>
          <p class="sheet-hint">各項目について「{labelsOf(FACTOR_VALUES).join('・')}」のいずれかに☑してください。</p>
          {view.groups.map((g) => (
            <table class="factor-grid">
              <caption>{g.label}</caption>
              <tbody>
                {g.factors.map((f) => (
                  <tr data-item={`factor_${f.key}`}>
                    <th scope="row">{f.label}</th>
                    {FACTOR_VALUES.map((v) => (
                      <td>□ {v.label}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
        <SheetItem id="involvedAgencyIds" label="関わった機関">
          <WriteLines lines={2} />
        </SheetItem>
        <SheetItem id="timeline" label="支援の経過（時期・機関・出来事）">
          <table class="timeline-grid">
            <thead>
              <tr>
                <th scope="col">時期</th>
                <th scope="col">機関</th>
                <th scope="col">出来事</th>
              </tr>
            </thead>
            <tbody>
              {[1, 2, 3, 4, 5, 6].map(() => (
                <tr>
                  <td></td>
                  <td></td>
                  <td></td>
                </tr>
              ))}
            </tbody>
          </table>
        </SheetItem>
        <SheetItem id="whatWorked" label="うまくいったこと・有効だった支援">
          <WriteLines lines={4} />
        </SheetItem>
        <section class="sheet-section">
          <h2>制度の狭間</h2>
          <SheetItem id="gapPoints" label="狭間に落ちた・落ちそうになった場面（あてはまるものすべて）">
            <TickList options={labelsOf(GAP_POINTS)} />
          </SheetItem>
          <SheetItem id="gapText" label="どこで途切れたか・途切れそうになったか">
            <WriteLines lines={3} />
          </SheetItem>
          <SheetItem id="missing" label="足りなかったもの（資源・制度・連携）">
            <WriteLines lines={3} />
          </SheetItem>
        </section>
      </article>
    </PrintFrame>
  );
}
