// The cases broken down by agency × age band × sex as packets print them: the cells come already
// suppressed (「3未満」), so this view never sees a real small count.
import type { SuppressedBreakdown } from '../../../src/cases/caseBreakdown.ts';
import { dataTable, num } from '../../components/dataTable.ts';
import { esc, markup } from '../../markup.ts';

export function CaseBreakdownTable({ b }: { b: SuppressedBreakdown }) {
  if (!b.rows.length) return null;
  return (
    <>
      {markup(
        dataTable(
          {
            caption: '提供機関・年齢帯・性別ごとの事例数',
            columns: ['提供機関', '年齢帯', ...b.columns.map((c) => num(c))],
            rows: b.rows.map((r) => [esc(r.agency), esc(r.band), ...r.cells.map((x) => esc(String(x)))]),
          },
          { class: 'p-table p-breakdown' },
        ),
      )}
      <p class="p-note">※ {b.note}</p>
    </>
  );
}
