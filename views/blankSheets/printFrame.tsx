import type { Child } from 'hono/jsx';
import { Layout } from '../layout/layout.tsx';

/** An A4 print document with a toolbar (back, 印刷する) that does not print. */
export function PrintFrame({
  title,
  back,
  note,
  children,
}: {
  title: string;
  back: string;
  note?: string;
  children: Child;
}) {
  return (
    <Layout title={title} bare bodyClass="print-sheets">
      <link rel="stylesheet" href="/static/blank.css" />
      <style>{'@page { size: A4 portrait; margin: 12mm 14mm; }'}</style>
      <div class="sheet-toolbar no-print">
        <a href={back}>← 戻る</a>
        <button type="button" class="primary" data-print>
          印刷する
        </button>
        <span class="muted">
          {note ?? 'A4縦で印刷されます（ブラウザの印刷設定で「ヘッダーとフッター」をオフにしてください）。'}
        </span>
      </div>
      {children}
    </Layout>
  );
}

/** Checkboxes to tick on paper, one per option. */
export function TickList({ options, other }: { options: readonly string[]; other?: boolean }) {
  return (
    <ul class="ticks">
      {options.map((o) => (
        <li>
          <span class="box" aria-hidden="true">
            □
          </span>
          {o}
        </li>
      ))}
      {other && (
        <li class="tick-other">
          <span class="box" aria-hidden="true">
            □
          </span>
          その他（<span class="blank-inline"></span>）
        </li>
      )}
    </ul>
  );
}

/** Ruled space to write in: `lines` lines high. */
export function WriteLines({ lines = 3 }: { lines?: number }) {
  return <div class="write-lines" style={`--lines: ${lines}`} aria-hidden="true"></div>;
}

/** A labelled item of a blank sheet, kept whole on one page. */
export function SheetItem({
  label,
  hint,
  children,
  id,
}: {
  label: string;
  hint?: string;
  children?: Child;
  id?: string;
}) {
  return (
    <section class="sheet-item" data-item={id}>
      <h2 class="item-label">{label}</h2>
      {hint && <p class="sheet-hint">{hint}</p>}
      {children}
    </section>
  );
}

/** A two-column table of labels with empty cells to write in. */
export function BlankGrid({ labels }: { labels: readonly string[] }) {
  return (
    <table class="meta-grid">
      <tbody>
        {labels.map((label) => (
          <tr>
            <th scope="row">{label}</th>
            <td></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The consent to sign at the foot of a sheet that holds personal information. */
export function ConsentBox({ title, statement }: { title: string; statement: string }) {
  return (
    <section class="sheet-section consent-box" data-item="consent">
      <h2>{title}</h2>
      <p>{statement}</p>
      <p class="sign-row">
        同意日：<span class="blank-inline"></span>　署名：<span class="blank-inline wide"></span>（本人・代理人）
      </p>
    </section>
  );
}
