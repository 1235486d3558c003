import { applyListQuery, readListQuery } from '../http/listQuery.ts';
import { ISSUE_LIST, ISSUE_SORT_LABELS } from './issueListQuery.ts';
import { Hono, type Context } from 'hono';
import { issuesTableSheet } from './export.ts';
import { todayJst } from '../lib/time.ts';
import { tableSheet, writeWorkbook } from '../lib/workbook.ts';
import { downloadFileName } from '../lib/fileName.ts';
import { xlsxDownload } from '../http/render.tsx';
import type { AppEnv } from '../context.ts';
import { IssueRowFormPage } from '../../views/issuesTable/issueRowFormPage.tsx';
import { IssuesTablePage } from '../../views/issuesTable/issuesTablePage.tsx';
import { readForm, redirect, doneNotice } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { issueRowSchema, moveSchema, sourceSchema } from './schemas.ts';
import { findIssueRow, listIssueRows, type IssueRowView } from './queries.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import {
  addIssueRow,
  editIssueRow,
  linkIssueSources,
  removeIssueRow,
  reorderIssueRow,
  unlinkIssueSource,
} from './commands.ts';
import { issueRowOptions, issueRowOrigin, newIssueRowStart, postedRef } from './issueRowFormViewModel.ts';
import { issueRowEditPath, issuesPath } from '../lib/paths/issuesTable.ts';

type C = Context<AppEnv>;

const NOTICES: Record<string, string> = {
  created: '行を追加しました。',
  updated: '行を保存しました。',
  deleted: '行を削除しました。',
};

export function issuesTableRoutes() {
  const app = new Hono<AppEnv>();

  const load = (c: C): IssueRowView | undefined => {
    const rid = idParam(c, 'rid');
    return rid === null ? undefined : findIssueRow(c.get('db'), c.get('project').id, rid);
  };

  const renderNew = (c: C, values: FormValues, from?: { label: string; detail: string }, errors?: FieldErrors) =>
    c.render(
      <IssueRowFormPage
        project={c.get('project')}
        values={values}
        errors={errors}
        from={from}
        {...issueRowOptions(c.get('db'), c.get('project').id)}
      />,
    );

  const renderEdit = (
    c: C,
    row: IssueRowView,
    extra: { values?: FormValues; errors?: FieldErrors; sourceErrors?: FieldErrors } = {},
  ) =>
    c.render(
      <IssueRowFormPage
        project={c.get('project')}
        row={row}
        values={extra.values ?? { ...row }}
        errors={extra.errors}
        sourceErrors={extra.sourceErrors}
        {...issueRowOptions(c.get('db'), c.get('project').id)}
      />,
    );

  app.get('/', (c) => {
    const rows = listIssueRows(c.get('db'), c.get('project').id);
    const query = readListQuery(c, ISSUE_LIST);
    return c.render(
      <IssuesTablePage
        project={c.get('project')}
        rows={applyListQuery([...rows], query, ISSUE_LIST)}
        numbers={new Map(rows.map((r, i) => [r.id, i + 1]))}
        list={{ query, sorts: ISSUE_SORT_LABELS, total: rows.length }}
        notice={doneNotice(c, NOTICES)}
      />,
    );
  });

  app.get('/export.xlsx', async (c) => {
    const project = c.get('project');
    const sheet = issuesTableSheet(listIssueRows(c.get('db'), project.id));
    const xlsx = await writeWorkbook({ project: project.name, title: sheet.title }, [tableSheet(sheet)]);
    const name = downloadFileName([project.municipality || project.name, '問題点と課題', todayJst()], 'xlsx');
    return xlsxDownload(c, xlsx, name);
  });

  app.get('/new', (c) => {
    const start = newIssueRowStart(c.get('db'), c.get('project').id, {
      theme: c.req.query('theme'),
      passage: c.req.query('passage'),
      case: c.req.query('case'),
    });
    return start ? renderNew(c, start.values, start.from) : c.notFound();
  });

  app.post('/', async (c) => {
    const pid = c.get('project').id;
    const form = await readForm(c);
    const parsed = validate(issueRowSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return renderNew(c, form, issueRowOrigin(c.get('db'), pid, postedRef(form)), parsed.errors);
    }
    const result = addIssueRow(c.get('db'), staffActor(c), { projectId: pid, row: parsed.data });
    if (!result.ok) return c.notFound();
    return redirect(c, `${issuesPath(pid)}?done=created#row-${result.row.id}`);
  });

  app.get('/:rid{[0-9]+}/edit', (c) => {
    const row = load(c);
    return row ? renderEdit(c, row) : c.notFound();
  });

  app.post('/:rid{[0-9]+}/edit', async (c) => {
    const row = load(c);
    if (!row) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(issueRowSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return renderEdit(c, row, { values: form, errors: parsed.errors });
    }
    const pid = c.get('project').id;
    if (!editIssueRow(c.get('db'), staffActor(c), { projectId: pid, rowId: row.id, row: parsed.data }).ok)
      return c.notFound();
    return redirect(c, `${issuesPath(pid)}?done=updated#row-${row.id}`);
  });

  app.post('/:rid{[0-9]+}/move', async (c) => {
    const row = load(c);
    const parsed = validate(moveSchema, await readForm(c));
    if (!row || !parsed.ok) return c.notFound();
    const pid = c.get('project').id;
    const input = { projectId: pid, rowId: row.id, direction: parsed.data.direction };
    if (!reorderIssueRow(c.get('db'), staffActor(c), input).ok) return c.notFound();
    return redirect(c, `${issuesPath(pid)}#row-${row.id}`);
  });

  app.post('/:rid{[0-9]+}/sources', async (c) => {
    const row = load(c);
    if (!row) return c.notFound();
    const parsed = validate(sourceSchema, await readForm(c));
    if (!parsed.ok) {
      c.status(422);
      return renderEdit(c, row, { sourceErrors: parsed.errors });
    }
    const pid = c.get('project').id;
    if (!linkIssueSources(c.get('db'), staffActor(c), { projectId: pid, rowId: row.id, ...parsed.data }).ok)
      return c.notFound();
    return redirect(c, issueRowEditPath(pid, row.id));
  });

  app.post('/:rid{[0-9]+}/sources/:sid{[0-9]+}/delete', (c) => {
    const rid = idParam(c, 'rid');
    const sid = idParam(c, 'sid');
    const pid = c.get('project').id;
    if (rid === null || sid === null) return c.notFound();
    if (!unlinkIssueSource(c.get('db'), staffActor(c), { projectId: pid, rowId: rid, sourceId: sid }).ok)
      return c.notFound();
    return redirect(c, issueRowEditPath(pid, rid));
  });

  app.post('/:rid{[0-9]+}/delete', async (c) => {
    const row = load(c);
    if (!row) return c.notFound();
    const pid = c.get('project').id;
    if ((await readForm(c)).confirm !== '1') return redirect(c, issueRowEditPath(pid, row.id));
    if (!removeIssueRow(c.get('db'), staffActor(c), { projectId: pid, rowId: row.id }).ok) return c.notFound();
    return redirect(c, `${issuesPath(pid)}?done=deleted`);
  });

  return app;
}
