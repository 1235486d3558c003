// Styles of the hearing, case and issues-table pages (kept with the feature; the global
// stylesheet belongs to the foundation).
const CSS = `
fieldset.group { margin: 0; }
fieldset.group.has-error { border-color: var(--error); }
.inline-group .checks { gap: 0.25rem 1rem; }
.sheet-section { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.75rem 1rem; margin: 0.75rem 0; }
.sheet-section h2, .sheet-section h3 { margin-top: 0; }
.sheet-section h2 { font-size: 1.05rem; }
/* a heading inside the legend (so the factor groups' h3 follow an h2) that still looks like a legend */
fieldset.factor-groups > legend > h2 { font-size: inherit; margin: 0; }
.sheet-text { white-space: pre-wrap; margin: 0; }
.tags { display: flex; flex-wrap: wrap; gap: 0.3rem; list-style: none; padding: 0; margin: 0.25rem 0; }
.tag { font-size: 0.8rem; border-radius: 999px; padding: 0.05rem 0.6rem; background: #e7efe9; color: #1d5a54; border: 1px solid #c5dacd; }
blockquote.passage { margin: 0.4rem 0; padding: 0.4rem 0.75rem; border-left: 4px solid #b9cfc4; background: #f6faf7; white-space: pre-wrap; }
.passage-meta { font-size: 0.85rem; color: var(--muted); }
.pii-panel { border: 2px solid var(--error); background: #fff6f5; border-radius: var(--radius); padding: 0.75rem 1rem; margin: 0.75rem 0; }
.pii-panel h2 { margin-top: 0; color: var(--error); font-size: 1.1rem; }
.pii-panel ol { padding-left: 1.25rem; }
.pii-panel li { margin: 0.5rem 0; }
.pii-panel.warn { border-color: var(--warn); background: #fff9ec; }
.pii-panel.warn h2 { color: var(--warn); }
mark.pii { background: #ffd6cf; color: inherit; border-bottom: 2px solid var(--error); padding: 0 1px; }
.pii-context { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); padding: 0.3rem 0.5rem; border-radius: 4px; margin: 0.25rem 0; }
.factor-table td, .factor-table th { text-align: center; }
.factor-table td:first-child, .factor-table th:first-child { text-align: left; }
.timeline-rows td { padding: 0.25rem; }
.timeline-rows input, .timeline-rows select { min-width: 6rem; }
.saved-status { font-size: 0.9rem; color: var(--muted); min-height: 1.5em; }
.chart { max-width: 100%; height: auto; }
.diff-pos { color: #1d5a54; }
.diff-neg { color: #8a3b12; }
.issues-table td.order { white-space: nowrap; width: 1%; }
.issues-table td.order form { display: inline; }
.issues-table td.order button { padding: 0.1rem 0.45rem; }
.issues-table .sources { font-size: 0.85rem; margin: 0.25rem 0 0; padding-left: 1.1rem; }
.issues-table .no { width: 2.5rem; text-align: center; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  .issues-table { font-size: 10.5pt; }
  .issues-table th, .issues-table td { border: 1px solid #555; }
  .issues-table td.order, .issues-table th.order, .issues-table td.row-actions, .issues-table th.row-actions { display: none; }
  .issues-table tr { break-inside: avoid; }
  .print-title { display: block !important; }
  .tag { border: 1px solid #777; background: none; }
}
`;

export function SheetStyles() {
  return <style dangerouslySetInnerHTML={{ __html: CSS }} />;
}
