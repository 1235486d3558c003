import { raw } from 'hono/html';
import { formatDateTime } from '../../src/lib/format.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Countdown; live.js keeps it ticking, without JS it shows the time left when the page was made. */
export function Timer({ endsAt }: { endsAt: string | null }) {
  if (!endsAt) return null;
  const left = Math.max(0, Math.ceil((Date.parse(endsAt) - Date.now()) / 1000));
  return (
    <span class="timer-box">
      <span
        class="timer"
        role="timer"
        aria-label="残り時間"
        data-ends-at={endsAt}
        data-server-now={new Date().toISOString()}
      >
        {`${pad(Math.floor(left / 60))}:${pad(left % 60)}`}
      </span>
      <span class="timer-until">{`${formatDateTime(endsAt).split(' ')[1] ?? ''} まで`}</span>
    </span>
  );
}

/** "123 456": easier to read aloud and to copy from a projector. */
export const spacedCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

/** The join page's QR code (an SVG string from qrSvg), named for screen readers. */
export function JoinQr({ svg }: { svg: string }) {
  return (
    <span class="qr" role="img" aria-label="参加ページのQRコード">
      {raw(svg)}
    </span>
  );
}

/** The SSE delta that removes a card from a page (deleted, merged, held, hidden or moved away). */
export function GoneCard({ id }: { id: string }) {
  return <li id={id} data-gone="" hidden></li>;
}
