// Staff: /projects/:pid/report — the year-end report (事業報告書): edit its text blocks, check
// what goes to whom (公開範囲の確認) and download it as DOCX, PDF or HTML.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { doneNotice, readForm, redirect } from '../http/form.ts';
import { staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { todayJst } from '../lib/time.ts';
import { contentDisposition, downloadFileName } from '../lib/fileName.ts';
import { reportPath } from '../lib/paths/report.ts';
import { saveReportTexts } from './commands.ts';
import { compileReport } from './compile.ts';
import { reportPageView } from './reportPageViewModel.ts';
import { reportDownloadSchema, reportTextsSchema } from './schemas.ts';
import type { FieldErrors } from '../http/form.ts';
import { ReportPage } from '../../views/report/reportPage.tsx';

const NOTICES = { saved: '報告書の文章を保存しました。' };

const CONTENT_TYPE = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
} as const;

function refused(c: Context<AppEnv>, errors: FieldErrors) {
  c.status(422);
  return c.render(
    <ReportPage project={c.get('project')} view={reportPageView(c.get('db'), c.get('project').id)} errors={errors} />,
  );
}

export function reportRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const project = c.get('project');
    return c.render(
      <ReportPage project={project} view={reportPageView(c.get('db'), project.id)} done={doneNotice(c, NOTICES)} />,
    );
  });

  app.post('/', async (c) => {
    const project = c.get('project');
    const form = await readForm(c);
    const parsed = validate(reportTextsSchema, form);
    if (!parsed.ok) {
      c.status(422);
      const typed = Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === 'string'));
      return c.render(
        <ReportPage project={project} view={reportPageView(c.get('db'), project.id, typed)} errors={parsed.errors} />,
      );
    }
    const view = reportPageView(c.get('db'), project.id);
    // no meeting yet: the page says what is missing
    if (!view.ready) return refused(c, {});
    saveReportTexts(c.get('db'), staffActor(c), project.id, parsed.data, view.drafts);
    return redirect(c, `${reportPath(project.id)}?done=saved`);
  });

  app.get('/download', async (c) => {
    const project = c.get('project');
    const parsed = validate(reportDownloadSchema, c.req.query());
    if (!parsed.ok) return refused(c, parsed.errors);
    const view = reportPageView(c.get('db'), project.id);
    if (view.findingCount > 0 && parsed.data.piiReviewed !== 'on')
      return refused(c, {
        piiReviewed: '個人を特定できる情報の可能性がある箇所があります。文章を直すか、確認のうえチェックしてください',
      });
    const body = await compileReport(c.get('db'), project.id, parsed.data.format, true);
    if (body === null) return c.notFound();
    const name = downloadFileName([project.name, '事業報告書', todayJst()], parsed.data.format);
    return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
      'Content-Type': CONTENT_TYPE[parsed.data.format],
      'Content-Disposition': contentDisposition(name, parsed.data.format === 'html' ? 'inline' : 'attachment'),
    });
  });

  return app;
}
