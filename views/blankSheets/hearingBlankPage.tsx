import { HEARING_METHODS, HEARING_SECTIONS } from '../../src/lib/labels/hearings.ts';
import { BlankGrid, PrintFrame, SheetItem, TickList, WriteLines } from './printFrame.tsx';

/** The hearing sheet (ヒアリング調査シート) on paper, for interviews taken by hand. */
export function HearingBlankPage({ back }: { back: string }) {
  return (
    <PrintFrame title="ヒアリング調査シート（印刷用）" back={back}>
      <article class="sheet">
        <header class="sheet-head">
          <h1>ヒアリング調査シート</h1>
        </header>
        <section class="sheet-section">
          <h2>実施の概要</h2>
          <BlankGrid labels={['ヒアリング先の機関', '実施日', '場所', '聞き手', '対応者（職種・役割）']} />
          <SheetItem id="method" label="方法">
            <TickList options={HEARING_METHODS.map((m) => m.label)} />
          </SheetItem>
        </section>
        <section class="sheet-section">
          <h2>聞き取った内容</h2>
          {HEARING_SECTIONS.map((s) => (
            <SheetItem id={s.id} label={s.label} hint={s.hint || undefined}>
              <WriteLines lines={4} />
            </SheetItem>
          ))}
        </section>
      </article>
    </PrintFrame>
  );
}
