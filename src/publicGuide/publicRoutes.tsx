// The public guide: /guide/:slug (and its A4 leaflet and A3 poster). No login and no cookies;
// mounted before the session and CSRF middleware so nothing is set on a resident's browser.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { publicOrigin } from '../agencies/origin.ts';
import { guideFilterSchema } from './schemas.ts';
import { guidePrintView, publicGuideView } from './guideViewModel.ts';
import { PublicGuidePage } from '../../views/publicGuide/publicGuidePage.tsx';
import { GuideLeafletPage, GuidePosterPage } from '../../views/publicGuide/guidePrintPages.tsx';
import { ErrorPage } from '../../views/layout/errorPage.tsx';

function notFound(c: Context<AppEnv>) {
  c.status(404);
  return c.render(<ErrorPage status={404} message="この相談先ガイドは公開されていません。URLをご確認ください。" />);
}

export function publicGuideRoutes() {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-cache');
    c.header('X-Robots-Tag', 'noindex');
  });

  app.get('/:slug', (c) => {
    const query = guideFilterSchema.parse(c.req.query());
    const view = publicGuideView(c.get('db'), c.req.param('slug'), query);
    if (!view) return notFound(c);
    return c.render(<PublicGuidePage {...view} />);
  });

  for (const [path, Page] of [
    ['leaflet', GuideLeafletPage],
    ['poster', GuidePosterPage],
  ] as const) {
    app.get(`/:slug/${path}`, async (c) => {
      const { furigana } = guideFilterSchema.parse(c.req.query());
      const view = await guidePrintView(c.get('db'), c.req.param('slug'), publicOrigin(c), furigana);
      if (!view) return notFound(c);
      return c.render(<Page {...view} />);
    });
  }

  return app;
}
