// The projector wall of a meeting (/wall): a full-screen page of its own, without the staff layout.
// While joining is open a 参加方法 panel shows the code, the address and the QR code large enough
// to read from the back of the room; `join=small` (key J) leaves just the code in the corner.
import type { BoardView } from '../../src/live/boardViewModel.ts';
import type { WallFocusView, WallQuery } from '../../src/live/wallViewModel.ts';
import { JoinQr } from './parts.tsx';
import { WallBoard, WallJoining } from './wallBoard.tsx';

/** The wall's own address with `join` switched, keeping what it shows. */
function joinToggle(query: WallQuery, focus: WallFocusView | null): string {
  const params = new URLSearchParams();
  if (focus) params.set('show', focus.kind === 'top' ? 'top' : `g${focus.group.id}`);
  if (query.all) params.set('all', '1');
  if (!query.join) params.set('join', 'small');
  return `?${params}`;
}

export function WallPage(p: {
  title: string;
  board: BoardView;
  eventsUrl: string;
  query: WallQuery;
  focus: WallFocusView | null;
  joinUrl: string;
  qr: string;
}) {
  const { query, focus } = p;
  const classes = ['wall-view', query.all ? '' : 'follow', query.join ? 'join-small' : ''].filter(Boolean);
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
        <script src="/static/wall.js" defer></script>
      </head>
      <body class="wall-page">
        <div class={classes.join(' ')} data-focus={focus?.kind} hx-ext="sse" sse-connect={p.eventsUrl}>
          <div sse-swap="state,card" hx-swap="none" hidden></div>
          <main>
            <WallBoard title={p.title} board={p.board} focus={focus} />
          </main>
          <aside class="wall-join" aria-label="参加方法">
            <p class="wall-join-lead">スマートフォンで参加できます</p>
            <JoinQr svg={p.qr} />
            <p class="wall-join-url">
              {/* the address wraps before its path, never inside a word */}
              {p.joinUrl.slice(0, p.joinUrl.lastIndexOf('/'))}
              <wbr />
              {p.joinUrl.slice(p.joinUrl.lastIndexOf('/'))}
            </p>
            <WallJoining board={p.board} />
          </aside>
          <nav class="wall-join-toggle" aria-label="参加方法の表示">
            <a href={joinToggle(query, focus)} data-key="j">
              {query.join ? '参加方法を大きく表示' : '参加方法を小さくする'}
              <kbd>J</kbd>
            </a>
          </nav>
        </div>
        <p class="live-offline" role="status">
          接続が切れました。再接続しています…
        </p>
      </body>
    </html>
  );
}
