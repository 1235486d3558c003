/** Screen-only bar above the print view (hidden when printing, absent from PDFs and snapshots). */
export function PacketToolbar({ builder, pdf }: { builder: string; pdf: string | null }) {
  return (
    <nav class="p-toolbar" aria-label="会議資料">
      <a href={builder}>← 会議資料の設定に戻る</a>
      {pdf && <a href={pdf}>PDFで開く</a>}
      <button type="button" data-print>
        印刷する
      </button>
      <span>A4で印刷されます（Ctrl+P / ⌘P でも印刷できます）。</span>
      <script src="/static/app.js" defer></script>
    </nav>
  );
}
