// The projector wall of a meeting (/wall): a full-screen page of its own, without the staff layout.
import type { BoardView } from '../../src/live/boardViewModel.ts';
import { JoinQr } from './parts.tsx';
import { WallBoard } from './wallBoard.tsx';

export function WallPage(p: {
  title: string;
  board: BoardView;
  eventsUrl: string;
  all: boolean;
  joinUrl: string;
  qr: string;
}) {
  return (
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`投影：${p.title} | renkei 連携`}</title>
        <link rel="stylesheet" href="/static/wall.css" />
        <script src="/static/htmx.min.js" defer></script>
        <script src="/static/htmx-sse.js" defer></script>
        <script src="/static/live.js" defer></script>
      </head>
      <body class="wall-page">
        <div class={`wall-view${p.all ? '' : ' follow'}`} hx-ext="sse" sse-connect={p.eventsUrl}>
          <div sse-swap="state,card" hx-swap="none" hidden></div>
          <main>
            <WallBoard title={p.title} board={p.board} />
          </main>
          <aside class="wall-join" aria-label="参加方法">
            <JoinQr svg={p.qr} />
            <span>{p.joinUrl}</span>
          </aside>
        </div>
        <p class="live-offline" role="status">
          接続が切れました。再接続しています…
        </p>
      </body>
    </html>
  );
}
