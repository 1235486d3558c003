import { applyListQuery, readListQuery } from '../http/listQuery.ts';
import { AGENCY_LIST, AGENCY_SORT_LABELS } from './agencyListQuery.ts';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { doneNotice, readForm, redirect } from '../http/form.ts';
import { firstResult, rememberResult } from '../http/onceToken.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { todayJst } from '../lib/time.ts';
import { AgencyListPage } from '../../views/agencies/agencyListPage.tsx';
import { AgencyFormPage } from '../../views/agencies/agencyFormPage.tsx';
import { AgencyDetailPage } from '../../views/agencies/agencyDetailPage.tsx';
import { ImportPage } from '../../views/agencies/importPage.tsx';
import { ImportPreviewPage } from '../../views/agencies/importPreviewPage.tsx';
import { LinkConfirmPage } from '../../views/agencies/linkConfirmPage.tsx';
import { LettersPage } from '../../views/agencies/letterPage.tsx';
import { existingAgencies, findAgency, listAgencies, type Agency } from './queries.ts';
import { agencySchema, parseAgencyKind } from './schemas.ts';
import { analyseImport } from './import.ts';
import { archiveAgency, createAgency, editAgency, importAgencies, issueLink, revokeLink } from './commands.ts';
import { agencyLink, letterFor, lettersFor, surveyWindows } from './letterViewModel.ts';
import { decodeCsvBytes, toCsv } from './csv.ts';
import { publicOrigin } from './origin.ts';
import { inlineValidator } from '../http/inlineValidationRoutes.tsx';
import { AGENCY_NOTICES, TEMPLATE_HEADERS } from '../lib/labels/agencies.ts';
import { agenciesPath, agencyPath } from '../lib/paths/agencies.ts';
import { agencyListCsv, agencyListTable } from './listExport.ts';
import { csvDownload, xlsxDownload } from '../http/render.tsx';
import { writeWorkbook } from '../lib/workbook.ts';
import { downloadFileName } from '../lib/fileName.ts';
import { agencyMailRoutes } from './mailRoutes.tsx';
import { remindersOpen } from './mailing.ts';

/** 「A市_支援機関一覧_2026-12-02.csv」 */
const exportFileName = (p: { municipality: string; name: string }, ext: string) =>
  downloadFileName([p.municipality || p.name, '支援機関一覧', todayJst()], ext);

type C = Context<AppEnv>;

/** The agency named by :aid within the current project, or undefined (→ 404). */
function loadAgency(c: C): Agency | undefined {
  const id = idParam(c, 'aid');
  return id === null ? undefined : findAgency(c.get('db'), c.get('project').id, id);
}

export function agencyStaffRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const imported = Number(c.req.query('imported'));
    const active = listAgencies(db, project.id, 'active');
    const query = readListQuery(c, AGENCY_LIST);
    return c.render(
      <AgencyListPage
        project={project}
        active={applyListQuery(active, query, AGENCY_LIST)}
        list={{ query, sorts: AGENCY_SORT_LABELS, total: active.length }}
        archived={listAgencies(db, project.id, 'archived')}
        notice={doneNotice(c, AGENCY_NOTICES)}
        imported={Number.isInteger(imported) && imported > 0 ? imported : undefined}
        mail={{ enabled: !!c.get('deps').mailer, remindersOpen: remindersOpen(db, project.id) }}
      />,
    );
  });

  app.route('/', agencyMailRoutes());

  app.get('/new', (c) => c.render(<AgencyFormPage project={c.get('project')} values={{}} />));
  app.post('/validate', inlineValidator(agencySchema));

  app.post('/', async (c) => {
    const project = c.get('project');
    const db = c.get('db');
    const form = await readForm(c);
    // a second post of the same form (double click) leads to the agency the first one created
    const scope = `user:${c.get('user')!.id}`;
    const replay = firstResult(db, form, scope);
    if (replay) return redirect(c, replay);
    const parsed = validate(agencySchema, form);
    const result = parsed.ok
      ? createAgency(db, staffActor(c), { projectId: project.id, agency: parsed.data })
      : { ok: false as const, errors: parsed.errors };
    if (!result.ok) {
      c.status(422);
      return c.render(<AgencyFormPage project={project} values={form} errors={{ ...result.errors }} />);
    }
    const location = `${agencyPath(project.id, result.agency.id)}?done=created`;
    rememberResult(db, form, scope, location);
    return redirect(c, location);
  });

  app.get('/template.csv', (c) => csvDownload(c, toCsv([TEMPLATE_HEADERS]), '支援機関テンプレート.csv'));

  // The active agencies: the CSV in the template's columns (so it can be edited and imported again), or XLSX.
  app.get('/export.csv', (c) => {
    const project = c.get('project');
    const csv = agencyListCsv(listAgencies(c.get('db'), project.id, 'active'));
    return csvDownload(c, csv, exportFileName(project, 'csv'));
  });

  app.get('/export.xlsx', async (c) => {
    const project = c.get('project');
    const table = agencyListTable(listAgencies(c.get('db'), project.id, 'active'));
    const xlsx = await writeWorkbook({ project: project.name, title: '支援機関一覧' }, [
      { name: '支援機関', ...table },
    ]);
    return xlsxDownload(c, xlsx, exportFileName(project, 'xlsx'));
  });

  app.get('/import', (c) => c.render(<ImportPage project={c.get('project')} />));

  app.post('/import', async (c) => {
    const project = c.get('project');
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) {
      c.status(422);
      return c.render(<ImportPage project={project} error="CSVファイルを選んでください。" />);
    }
    const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const preview = analyseImport(text, existingAgencies(c.get('db'), project.id));
    if (!preview.valid) c.status(422);
    return c.render(<ImportPreviewPage project={project} preview={preview} encoding={encoding} />);
  });

  // The preview re-posts the normalised CSV; it is checked again here, never trusted.
  app.post('/import/confirm', async (c) => {
    const project = c.get('project');
    const form = await readForm(c);
    const csv = typeof form.csv === 'string' ? form.csv : '';
    const result = importAgencies(c.get('db'), staffActor(c), { projectId: project.id, csv });
    if (!result.ok) {
      c.status(422);
      return c.render(<ImportPreviewPage project={project} preview={result.preview} />);
    }
    return redirect(c, `${agenciesPath(project.id)}?imported=${result.count}`);
  });

  app.get('/letters', async (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const { letters, skipped } = await lettersFor(db, publicOrigin(c), project.id);
    return c.render(
      <LettersPage
        project={project}
        letters={letters}
        skipped={skipped}
        today={todayJst()}
        windows={surveyWindows(db, project.id)}
        back={agenciesPath(project.id)}
      />,
    );
  });

  app.get('/:aid{[0-9]+}', (c) => {
    const agency = loadAgency(c);
    if (!agency) return c.notFound();
    return c.render(
      <AgencyDetailPage
        project={c.get('project')}
        agency={agency}
        link={agencyLink(c.get('db'), publicOrigin(c), agency)}
        mailEnabled={!!c.get('deps').mailer}
        notice={doneNotice(c, AGENCY_NOTICES)}
      />,
    );
  });

  app.get('/:aid{[0-9]+}/edit', (c) => {
    const agency = loadAgency(c);
    if (!agency) return c.notFound();
    // kinds written in short form by an import (e.g. BUNDLE.md's 「行政」) preselect their listed kind
    return c.render(
      <AgencyFormPage
        project={c.get('project')}
        agency={agency}
        values={{ ...agency, kind: parseAgencyKind(agency.kind) ?? agency.kind }}
      />,
    );
  });

  app.post('/:aid{[0-9]+}/edit', async (c) => {
    const project = c.get('project');
    const agency = loadAgency(c);
    if (!agency) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(agencySchema, form);
    const result = parsed.ok
      ? editAgency(c.get('db'), staffActor(c), { agency, changes: parsed.data })
      : { ok: false as const, errors: parsed.errors };
    if (!result.ok) {
      c.status(422);
      return c.render(<AgencyFormPage project={project} agency={agency} values={form} errors={{ ...result.errors }} />);
    }
    return redirect(c, `${agencyPath(project.id, agency.id)}?done=updated`);
  });

  for (const [path, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    app.post(`/:aid{[0-9]+}/${path}`, (c) => {
      const agency = loadAgency(c);
      if (!agency) return c.notFound();
      archiveAgency(c.get('db'), staffActor(c), { agency, archived });
      return redirect(c, `${agencyPath(agency.projectId, agency.id)}?done=${path}d`);
    });
  }

  app.get('/:aid{[0-9]+}/letter', async (c) => {
    const db = c.get('db');
    const agency = loadAgency(c);
    if (!agency) return c.notFound();
    const letter = await letterFor(db, publicOrigin(c), agency);
    // Without a working link there is nothing to print; the detail page explains why.
    if (!letter) return redirect(c, agencyPath(agency.projectId, agency.id));
    return c.render(
      <LettersPage
        project={c.get('project')}
        letters={[letter]}
        today={todayJst()}
        windows={surveyWindows(db, agency.projectId)}
        back={agencyPath(agency.projectId, agency.id)}
      />,
    );
  });

  for (const action of ['reissue', 'revoke'] as const) {
    app.get(`/:aid{[0-9]+}/link/${action}`, (c) => {
      const agency = loadAgency(c);
      if (!agency) return c.notFound();
      return c.render(<LinkConfirmPage project={c.get('project')} agency={agency} action={action} />);
    });
  }

  // issue (when stopped) and reissue both mint a fresh token; the old one stops working.
  for (const action of ['reissue', 'issue'] as const) {
    app.post(`/:aid{[0-9]+}/link/${action}`, (c) => {
      const agency = loadAgency(c);
      if (!agency) return c.notFound();
      issueLink(c.get('db'), staffActor(c), { agency, action });
      return redirect(c, `${agencyPath(agency.projectId, agency.id)}?done=${action}d`);
    });
  }

  app.post('/:aid{[0-9]+}/link/revoke', (c) => {
    const agency = loadAgency(c);
    if (!agency) return c.notFound();
    revokeLink(c.get('db'), staffActor(c), { agency });
    return redirect(c, `${agencyPath(agency.projectId, agency.id)}?done=revoked`);
  });

  return app;
}
