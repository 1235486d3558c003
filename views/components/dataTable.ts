// Data tables built as strings (see src/lib/markup.ts): a caption, one header row of columns, and
// rows whose first cell is the row's header. Numeric columns are right-aligned (class "num") in
// the header and in every cell, so a column's alignment is set once.
import { each, el, esc, type Attrs } from '../markup.ts';

/** A column: its heading text, or heading text and the class of its cells. */
export type Column = string | { label: string; class: string };

/** A right-aligned numeric column. */
export const num = (label: string): Column => ({ label, class: 'num' });

/** Cells are markup: escape text with esc(). */
export type TableData = {
  caption: string;
  columns: readonly Column[];
  rows: readonly string[][];
  foot?: readonly string[][];
};

const classOf = (c: Column) => (typeof c === 'string' ? undefined : c.class);

/** `<thead>` with one `scope="col"` heading per column. */
export function tableHead(columns: readonly Column[]): string {
  return `<thead><tr>${each(columns, (c) => el('th', { scope: 'col', class: classOf(c) }, esc(typeof c === 'string' ? c : c.label)))}</tr></thead>`;
}

/** One row: the first cell as its `scope="row"` header, the rest with their column's class. */
export function tableRow(columns: readonly Column[], cells: readonly string[]): string {
  let out = `<tr><th scope="row">${cells[0]}</th>`;
  for (let i = 1; i < cells.length; i++) {
    const cls = classOf(columns[i]);
    out += cls ? `<td class="${cls}">${cells[i]}</td>` : `<td>${cells[i]}</td>`;
  }
  return `${out}</tr>`;
}

export function dataTable(t: TableData, attrs: Attrs = {}): string {
  const rows = (list: readonly string[][]) => each(list, (cells) => tableRow(t.columns, cells));
  return el(
    'table',
    attrs,
    el('caption', {}, esc(t.caption)),
    tableHead(t.columns),
    el('tbody', {}, rows(t.rows)),
    t.foot ? el('tfoot', {}, rows(t.foot)) : '',
  );
}
