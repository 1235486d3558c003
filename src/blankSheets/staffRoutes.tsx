// Staff: /projects/:pid/blank-sheets — blank A4 sheets, the relay and intake templates (print
// only: nothing typed on them is stored), and the 用紙番号 lookup for paper questionnaires.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { readForm, redirect } from '../http/form.ts';
import { validate } from '../lib/validation.ts';
import { meetingOfPath } from '../meetings/loadMeeting.ts';
import { responseEditPath } from '../lib/paths/questionnaire.ts';
import { blankSheetsPath } from '../lib/paths/blankSheets.ts';
import {
  agencyOfPaperCode,
  blankCaseView,
  blankIndexView,
  blankMeetingView,
  blankQuestionnaireView,
  relaySheetView,
} from './blankViewModel.ts';
import { blankQuerySchema, paperEntrySchema } from './schemas.ts';
import { BlankSheetsPage } from '../../views/blankSheets/blankSheetsPage.tsx';
import { QuestionnaireBlankPage } from '../../views/blankSheets/questionnaireBlankPage.tsx';
import { CaseBlankPage } from '../../views/blankSheets/caseBlankPage.tsx';
import { HearingBlankPage } from '../../views/blankSheets/hearingBlankPage.tsx';
import { CaseStudyBlankPage, GroupWorkBlankPage } from '../../views/blankSheets/meetingBlankPages.tsx';
import { IntakeSheetPage, RelaySheetPage } from '../../views/blankSheets/relayIntakePages.tsx';

type C = Context<AppEnv>;
const query = (c: C) => blankQuerySchema.parse(c.req.query());
const back = (c: C) => blankSheetsPath(c.get('project').id);

export function blankSheetRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const project = c.get('project');
    return c.render(<BlankSheetsPage project={project} view={blankIndexView(c.get('db'), project.id)} />);
  });

  app.post('/paper-entry', async (c) => {
    const project = c.get('project');
    const parsed = validate(paperEntrySchema, await readForm(c));
    const agency = parsed.ok ? agencyOfPaperCode(c.get('db'), project.id, parsed.data.code) : null;
    if (!agency) {
      c.status(422);
      const error = parsed.ok
        ? `用紙番号「${parsed.data.code}」に当たる機関が見つかりません。番号を確かめて入力し直してください（この年度の用紙の番号だけが使えます）。`
        : (parsed.errors.code ?? '用紙番号を入力してください');
      return c.render(
        <BlankSheetsPage project={project} view={blankIndexView(c.get('db'), project.id)} error={error} />,
      );
    }
    return redirect(c, responseEditPath(project.id, agency.id));
  });

  app.get('/questionnaire', (c) => {
    const q = query(c);
    const view = blankQuestionnaireView(c.get('db'), c.get('project'), { agencyId: q.agency, all: q.all });
    if (!view) return c.notFound();
    return c.render(<QuestionnaireBlankPage view={view} back={back(c)} />);
  });

  app.get('/hearing', (c) => c.render(<HearingBlankPage back={back(c)} />));

  app.get('/case', (c) =>
    c.render(<CaseBlankPage view={blankCaseView(c.get('db'), c.get('project').id)} back={back(c)} />),
  );

  for (const [path, Page] of [
    ['case-study', CaseStudyBlankPage],
    ['group-work', GroupWorkBlankPage],
  ] as const) {
    app.get(`/meetings/:mid{[0-9]+}/${path}`, (c) => {
      const meeting = meetingOfPath(c);
      if (!meeting) return c.notFound();
      return c.render(<Page view={blankMeetingView(c.get('db'), c.get('project').id, meeting)} back={back(c)} />);
    });
  }

  app.get('/relay', (c) => {
    const q = query(c);
    return c.render(
      <RelaySheetPage
        view={relaySheetView(c.get('db'), c.get('project'), { from: q.from, to: q.to })}
        back={back(c)}
      />,
    );
  });

  app.get('/intake', (c) => {
    const q = query(c);
    return c.render(
      <IntakeSheetPage view={relaySheetView(c.get('db'), c.get('project'), { from: q.agency })} back={back(c)} />,
    );
  });

  return app;
}
