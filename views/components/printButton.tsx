// 印刷 on every printable page (static/app.js opens the print dialog; print CSS hides the button).
export function PrintButton({ label = '印刷' }: { label?: string }) {
  return (
    <p class="actions no-print print-button">
      <button type="button" data-print>
        {label}
      </button>
    </p>
  );
}
