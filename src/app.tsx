import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { jsxRenderer } from 'hono/jsx-renderer';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './context.ts';
import type { AgencyTaskProvider } from './agencies/tasks.ts';
import { csrf, loadProject, requireStaff, session, setupGuard } from './http/middleware.ts';
import { staticRoutes } from './http/static.ts';
import { requestLog } from './http/requestLog.ts';
import { agencyAuth } from './agencies/links.ts';
import { shortLinkResolver } from './agencies/shortLinkRoutes.tsx';
import { packetBuilderRoutes, packetJsonRoutes } from './packet/staffRoutes.tsx';
import { groupWorkRoutes } from './live/staffRoutes.tsx';
import { wallRoutes } from './live/wallRoutes.tsx';
import { participantRoutes } from './live/participantRoutes.tsx';
import { agencyStaffRoutes } from './agencies/staffRoutes.tsx';
import { agencyPortalRoutes } from './agencies/agencyRoutes.tsx';
import { questionnaireRoutes } from './questionnaire/staffRoutes.tsx';
import { caseRoutes } from './cases/staffRoutes.tsx';
import { hearingRoutes } from './hearings/staffRoutes.tsx';
import { authRoutes } from './auth/staffRoutes.tsx';
import { projectRoutes } from './projects/staffRoutes.tsx';
import { meetingRoutes } from './meetings/staffRoutes.tsx';
import { auditRoutes } from './audit/staffRoutes.tsx';
import { auditLogins, auditTrail } from './audit/trail.ts';
import { resourceMapRoutes } from './resourceMap/staffRoutes.tsx';
import { issuesTableRoutes } from './issuesTable/staffRoutes.tsx';
import { caseStudyRoutes } from './caseStudies/staffRoutes.tsx';
import { ErrorPage } from '../views/layout/errorPage.tsx';
import { memberRoutes } from './projects/memberStaffRoutes.tsx';
import { accountLinkRoutes } from './accounts/accountRoutes.tsx';
import { accountAdminRoutes, ownAccountRoutes } from './accounts/staffRoutes.tsx';
import { attendanceRoutes } from './attendance/staffRoutes.tsx';
import { minutesRoutes } from './minutes/staffRoutes.tsx';
import { followupRoutes } from './followup/staffRoutes.tsx';
import { nextYearRoutes } from './yearLoop/staffRoutes.tsx';
import { publicGuideRoutes } from './publicGuide/publicRoutes.tsx';
import { publicGuideStaffRoutes } from './publicGuide/staffRoutes.tsx';
import { blankSheetRoutes } from './blankSheets/staffRoutes.tsx';
import { reportRoutes } from './report/staffRoutes.tsx';

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>): Response | Promise<Response>;
  }
}

export type AppOptions = {
  /** The agency home's task list; defaults to the features' own (AGENCY_TASKS). */
  agencyTasks?: readonly AgencyTaskProvider[];
};

export function createApp(deps: AppDeps, options: AppOptions = {}) {
  const app = new Hono<AppEnv>();
  app.use(requestLog());

  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('db', deps.db);
    await next();
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use(
    bodyLimit({
      maxSize: 5 * 1024 * 1024,
      onError: (c) => c.text('送信されたデータが大きすぎます（上限 5MB）。', 413),
    }),
  );
  app.get('/healthz', (c) => {
    // a server whose database cannot answer is not healthy, whatever the process says
    try {
      deps.db.$client.prepare('select 1').get();
      return c.json({ ok: true });
    } catch {
      return c.json({ ok: false, error: 'データベースに接続できません。' }, 503);
    }
  });
  app.route('/static', staticRoutes());
  app.use(jsxRenderer(({ children }) => <>{children}</>, { docType: true }));
  // The public consultation guide: no session, no CSRF cookie, no setup redirect (residents' pages).
  app.route('/guide', publicGuideRoutes());
  app.use(csrf);
  app.use(session);
  app.use(setupGuard);

  app.get('/', (c) => c.redirect(c.get('user') ? '/projects' : '/login', 303));
  app.use('/login', auditLogins);
  app.route('/', authRoutes());
  app.route('/', accountLinkRoutes());
  for (const path of ['/account', '/account/*', '/accounts', '/accounts/*']) app.use(path, requireStaff);
  app.route('/account', ownAccountRoutes());
  app.route('/accounts', accountAdminRoutes());

  app.use('/projects', requireStaff);
  app.use('/projects/*', requireStaff);
  app.use('/projects/:pid{[0-9]+}', loadProject);
  app.use('/projects/:pid{[0-9]+}/*', loadProject);
  app.use('/projects/:pid{[0-9]+}/*', auditTrail);
  app.route('/projects', projectRoutes());
  app.route('/projects/:pid{[0-9]+}/agencies', agencyStaffRoutes());
  app.route('/projects/:pid{[0-9]+}/meetings', meetingRoutes());
  app.route('/projects/:pid{[0-9]+}/audit', auditRoutes());
  app.route('/projects/:pid{[0-9]+}/members', memberRoutes());
  app.route('/projects/:pid{[0-9]+}/hearings', hearingRoutes());
  app.route('/projects/:pid{[0-9]+}/cases', caseRoutes());
  app.route('/projects/:pid{[0-9]+}/issues', issuesTableRoutes());
  app.route('/projects/:pid{[0-9]+}/questionnaire', questionnaireRoutes());
  app.route('/projects/:pid{[0-9]+}/meetings/:mid{[0-9]+}', packetBuilderRoutes());
  app.route('/projects/:pid{[0-9]+}/meetings/:mid{[0-9]+}/packet.json', packetJsonRoutes());
  app.route('/projects/:pid{[0-9]+}/resource-map', resourceMapRoutes());
  app.route('/projects/:pid{[0-9]+}/public-guide', publicGuideStaffRoutes());
  app.route('/projects/:pid{[0-9]+}/blank-sheets', blankSheetRoutes());
  app.route('/projects/:pid{[0-9]+}/report', reportRoutes());
  app.route('/projects/:pid{[0-9]+}/meetings/:mid{[0-9]+}/group-work', groupWorkRoutes());
  app.route('/projects/:pid{[0-9]+}/meetings/:mid{[0-9]+}/wall', wallRoutes());
  app.route('/projects/:pid{[0-9]+}/meetings/:mid{[0-9]+}/case-studies', caseStudyRoutes());
  app.route('/projects/:pid{[0-9]+}/meetings/:mid{[0-9]+}/attendance', attendanceRoutes());
  app.route('/projects/:pid{[0-9]+}/meetings/:mid{[0-9]+}/minutes', minutesRoutes());
  app.route('/projects/:pid{[0-9]+}/issues/:rid{[0-9]+}/follow-up', followupRoutes());
  app.route('/projects/:pid{[0-9]+}/next-year', nextYearRoutes());

  // Agency respondents: no account, only their secret link.
  app.use('/a/:token', shortLinkResolver);
  app.use('/a/:token', agencyAuth);
  app.use('/a/:token/*', agencyAuth);
  app.route('/a/:token', agencyPortalRoutes(options.agencyTasks));

  // Meeting participants: no account, a join code and a random cookie (/join, /m/:code/…).
  app.route('/', participantRoutes());

  app.notFound((c) => {
    c.status(404);
    return c.render(<ErrorPage status={404} message="お探しのページは見つかりませんでした。URLをご確認ください。" />);
  });
  app.onError((err, c) => {
    console.error(err);
    c.status(500);
    return c.render(
      <ErrorPage
        status={500}
        message="サーバーで問題が発生しました。時間をおいてもう一度お試しください。入力内容は失われていない場合があります。"
      />,
    );
  });
  return app;
}
