import { parseAgencyKind } from './schemas.ts';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { doneNotice, readForm, redirect } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { todayJst } from '../lib/time.ts';
import { recordAudit } from '../audit/log.ts';
import { getSurveyWindows } from '../projects/queries.ts';
import {
  AgencyDetailPage,
  AgencyFormPage,
  AgencyListPage,
  DONE_MESSAGES,
  ImportPage,
  ImportPreviewPage,
  LinkConfirmPage,
} from '../../views/agencies/pages.tsx';
import { LettersPage, type Letter } from '../../views/agencies/Letter.tsx';
import { agencyUrl, currentAgencyToken, issueAgencyLink, revokeAgencyLink } from './links.ts';
import {
  agencyKeys,
  agencyNames,
  findAgency,
  insertAgencies,
  keyTaken,
  listAgencies,
  setAgencyArchived,
  updateAgency,
  type Agency,
} from './queries.ts';
import { agencySchema } from './schemas.ts';
import { analyseImport, TEMPLATE_HEADERS, type ImportPreview } from './import.ts';
import { decodeCsvBytes, toCsv } from './csv.ts';
import { publicOrigin } from './origin.ts';
import { qrSvg } from './qr.ts';
import { inlineValidator } from '../http/inlineValidationRoutes.tsx';

type C = Context<AppEnv>;

/** The agency named by :aid within the current project, or undefined (→ 404). */
function loadAgency(c: C): Agency | undefined {
  const id = idParam(c, 'aid');
  return id === null ? undefined : findAgency(c.get('db'), c.get('project').id, id);
}

function linkOf(c: C, agency: Agency): string | null {
  const token = agency.archivedAt ? null : currentAgencyToken(c.get('db'), agency);
  return token ? agencyUrl(publicOrigin(c), token) : null;
}

async function letterFor(c: C, agency: Agency): Promise<Letter | null> {
  const url = linkOf(c, agency);
  return url ? { agency, url, qrSvg: await qrSvg(url) } : null;
}

export function agencyStaffRoutes() {
  const app = new Hono<AppEnv>();
  const base = (c: C) => `/projects/${c.get('project').id}/agencies`;

  app.get('/', (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const imported = Number(c.req.query('imported'));
    return c.render(
      <AgencyListPage
        project={project}
        active={listAgencies(db, project.id, 'active')}
        archived={listAgencies(db, project.id, 'archived')}
        notice={doneNotice(c, DONE_MESSAGES)}
        imported={Number.isInteger(imported) && imported > 0 ? imported : undefined}
      />,
    );
  });

  app.get('/new', (c) => c.render(<AgencyFormPage project={c.get('project')} values={{}} />));
  app.post('/validate', inlineValidator(agencySchema));

  app.post('/', async (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const form = await readForm(c);
    const parsed = validate(agencySchema, form);
    const errors = parsed.ok ? {} : { ...parsed.errors };
    if (parsed.ok && parsed.data.key && keyTaken(db, project.id, parsed.data.key))
      errors.key = `キー「${parsed.data.key}」は既に使われています`;
    if (!parsed.ok || Object.keys(errors).length) {
      c.status(422);
      return c.render(<AgencyFormPage project={project} values={form} errors={errors} />);
    }
    const agency = db.transaction(() => {
      const [row] = insertAgencies(db, project.id, [parsed.data]);
      recordAudit(db, {
        projectId: project.id,
        actor: staffActor(c),
        action: 'create',
        entity: 'agency',
        entityId: row.id,
        detail: `${row.name}（${row.key}）`,
      });
      return row;
    });
    return redirect(c, `${base(c)}/${agency.id}?done=created`);
  });

  app.get('/template.csv', (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="agencies.csv"; filename*=UTF-8''${encodeURIComponent('支援機関テンプレート.csv')}`,
    );
    // The BOM makes Excel open the file as UTF-8 instead of garbling the Japanese headers.
    return c.body(`\uFEFF${toCsv([TEMPLATE_HEADERS])}`);
  });

  app.get('/import', (c) => c.render(<ImportPage project={c.get('project')} />));

  app.post('/import', async (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) {
      c.status(422);
      return c.render(<ImportPage project={project} error="CSVファイルを選んでください。" />);
    }
    const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const preview = analyseImport(text, { keys: agencyKeys(db, project.id), names: agencyNames(db, project.id) });
    if (!preview.valid) c.status(422);
    return c.render(<ImportPreviewPage project={project} preview={preview} encoding={encoding} />);
  });

  // The preview re-posts the normalised CSV; it is checked again here, never trusted.
  app.post('/import/confirm', async (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const form = await readForm(c);
    const csv = typeof form.csv === 'string' ? form.csv : '';
    const actor = staffActor(c);
    const outcome = db.transaction((): { preview: ImportPreview } | { count: number } => {
      const preview = analyseImport(csv, { keys: agencyKeys(db, project.id), names: agencyNames(db, project.id) });
      if (!preview.valid) return { preview };
      const rows = insertAgencies(db, project.id, preview.valid);
      for (const row of rows) {
        recordAudit(db, {
          projectId: project.id,
          actor,
          action: 'create',
          entity: 'agency',
          entityId: row.id,
          detail: `${row.name}（${row.key}）CSV取り込み`,
        });
      }
      recordAudit(db, {
        projectId: project.id,
        actor,
        action: 'import',
        entity: 'agency',
        detail: `CSVから${rows.length}件を登録`,
      });
      return { count: rows.length };
    });
    if ('preview' in outcome) {
      c.status(422);
      return c.render(<ImportPreviewPage project={project} preview={outcome.preview} />);
    }
    return redirect(c, `${base(c)}?imported=${outcome.count}`);
  });

  app.get('/letters', async (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const letters: Letter[] = [];
    const skipped: string[] = [];
    for (const agency of listAgencies(db, project.id, 'active')) {
      const letter = await letterFor(c, agency);
      if (letter) letters.push(letter);
      else skipped.push(agency.name);
    }
    const windows = Object.values(getSurveyWindows(db, project.id));
    return c.render(
      <LettersPage
        project={project}
        letters={letters}
        skipped={skipped}
        today={todayJst()}
        windows={windows}
        back={base(c)}
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
        url={linkOf(c, agency)}
        notice={doneNotice(c, DONE_MESSAGES)}
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
    const db = c.get('db');
    const project = c.get('project');
    const agency = loadAgency(c);
    if (!agency) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(agencySchema, form);
    const errors = parsed.ok ? {} : { ...parsed.errors };
    if (parsed.ok) {
      if (!parsed.data.key) errors.key = 'キーを入力してください';
      else if (keyTaken(db, project.id, parsed.data.key, agency.id))
        errors.key = `キー「${parsed.data.key}」は既に使われています`;
    }
    if (!parsed.ok || Object.keys(errors).length) {
      c.status(422);
      return c.render(<AgencyFormPage project={project} agency={agency} values={form} errors={errors} />);
    }
    db.transaction(() => {
      updateAgency(db, project.id, agency.id, parsed.data);
      recordAudit(db, {
        projectId: project.id,
        actor: staffActor(c),
        action: 'update',
        entity: 'agency',
        entityId: agency.id,
        detail: `${parsed.data.name}（${parsed.data.key}）`,
      });
    });
    return redirect(c, `${base(c)}/${agency.id}?done=updated`);
  });

  for (const [path, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    app.post(`/:aid{[0-9]+}/${path}`, (c) => {
      const db = c.get('db');
      const project = c.get('project');
      const agency = loadAgency(c);
      if (!agency) return c.notFound();
      db.transaction(() => {
        setAgencyArchived(db, project.id, agency.id, archived);
        recordAudit(db, {
          projectId: project.id,
          actor: staffActor(c),
          action: path,
          entity: 'agency',
          entityId: agency.id,
          detail: agency.name,
        });
      });
      return redirect(c, `${base(c)}/${agency.id}?done=${path}d`);
    });
  }

  app.get('/:aid{[0-9]+}/letter', async (c) => {
    const agency = loadAgency(c);
    if (!agency) return c.notFound();
    const letter = await letterFor(c, agency);
    // Without a working link there is nothing to print; the detail page explains why.
    if (!letter) return redirect(c, `${base(c)}/${agency.id}`);
    const windows = Object.values(getSurveyWindows(c.get('db'), agency.projectId));
    return c.render(
      <LettersPage
        project={c.get('project')}
        letters={[letter]}
        today={todayJst()}
        windows={windows}
        back={`${base(c)}/${agency.id}`}
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
      const db = c.get('db');
      const agency = loadAgency(c);
      if (!agency) return c.notFound();
      db.transaction(() => {
        issueAgencyLink(db, agency.id);
        recordAudit(db, {
          projectId: agency.projectId,
          actor: staffActor(c),
          action: `link_${action}`,
          entity: 'agency',
          entityId: agency.id,
          detail: agency.name,
        });
      });
      return redirect(c, `${base(c)}/${agency.id}?done=${action}d`);
    });
  }

  app.post('/:aid{[0-9]+}/link/revoke', (c) => {
    const db = c.get('db');
    const agency = loadAgency(c);
    if (!agency) return c.notFound();
    db.transaction(() => {
      revokeAgencyLink(db, agency.id);
      recordAudit(db, {
        projectId: agency.projectId,
        actor: staffActor(c),
        action: 'link_revoke',
        entity: 'agency',
        entityId: agency.id,
        detail: agency.name,
      });
    });
    return redirect(c, `${base(c)}/${agency.id}?done=revoked`);
  });

  return app;
}
