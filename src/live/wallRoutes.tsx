// Projector wall (/wall) of one meeting and the live stream behind it; staff only. The wall's
// address says what it shows (wallQuerySchema); htmx asks for just its board when presenter mode
// refreshes itself after a change (wall.js).
import { Hono } from 'hono';
import { isHtmx } from '../http/form.ts';
import { qrSvg } from '../agencies/qr.ts';
import { loadMeeting, type MeetingEnv } from '../meetings/loadMeeting.ts';
import { WallPage } from '../../views/live/wallPage.tsx';
import { WallBoard } from '../../views/live/wallBoard.tsx';
import { loadBoardView } from './boardViewModel.ts';
import { lastEventId } from './eventQueries.ts';
import { ensureSession, getSession } from './sessionQueries.ts';
import { sseResponse } from './sse.ts';
import { wallFocusView, wallQuerySchema } from './wallViewModel.ts';
import { joinUrl } from './access.ts';
import { wallEventsPath } from '../lib/paths/live.ts';

export function wallRoutes() {
  const app = new Hono<MeetingEnv>();
  app.use(loadMeeting);

  app.get('/', async (c) => {
    const db = c.get('db');
    const meeting = c.get('meeting');
    ensureSession(db, c.get('project').id, meeting.id);
    const after = lastEventId(db, meeting.id);
    const board = loadBoardView(db, meeting.id, 'wall')!;
    const query = wallQuerySchema.parse(c.req.query());
    const focus = wallFocusView(board, query.show);
    if (isHtmx(c)) return c.html(<WallBoard title={meeting.title} board={board} focus={focus} />);
    const url = joinUrl(c);
    return c.render(
      <WallPage
        title={meeting.title}
        board={board}
        query={query}
        focus={focus}
        eventsUrl={wallEventsPath(c.get('project').id, meeting.id, after)}
        joinUrl={url}
        qr={await qrSvg(url)}
      />,
    );
  });

  // The console subscribes here too (?view=console) and receives cells with its controls.
  app.get('/events', (c) => {
    const meeting = c.get('meeting');
    if (!getSession(c.get('db'), meeting.id)) return c.notFound();
    return sseResponse(c, meeting.id, { view: c.req.query('view') === 'console' ? 'console' : 'wall' });
  });

  return app;
}
