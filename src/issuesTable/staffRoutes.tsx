import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { IssueRowFormPage, IssuesTablePage } from '../../views/issuesTable/pages.tsx';
import { readForm, redirect, doneNotice } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { recordAudit } from '../audit/log.ts';
import { listMeetings } from '../meetings/queries.ts';
import { listCases } from '../cases/queries.ts';
import { issueRowSchema, moveSchema, sourceSchema, type IssueRowInput } from './schemas.ts';
import {
  addSource,
  deleteIssueRow,
  describeRef,
  findIssueRow,
  insertIssueRow,
  listIssueRows,
  moveIssueRow,
  refBelongs,
  removeSource,
  updateIssueRow,
  type IssueRowView,
  type SourceRef,
} from './queries.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { CLASSIFICATION_LABEL } from '../cases/labels.ts';
import { formatDate } from '../lib/format.ts';

type C = Context<AppEnv>;

const NOTICES: Record<string, string> = {
  created: '行を追加しました。',
  updated: '行を保存しました。',
  deleted: '行を削除しました。',
};

/** The reference a new row starts from (?theme= / ?passage= / ?case=, or the hidden fields). */
function startRef(v: {
  fromTheme: number | null;
  fromPassage: number | null;
  fromCase: number | null;
}): SourceRef | null {
  if (v.fromTheme) return { kind: 'hearing_theme', themeId: v.fromTheme };
  if (v.fromPassage) return { kind: 'hearing_passage', passageId: v.fromPassage };
  if (v.fromCase) return { kind: 'case', caseId: v.fromCase };
  return null;
}

const numOrNull = (s: string | undefined) => (s && /^\d+$/.test(s) ? Number(s) : null);

export function issuesTableRoutes() {
  const app = new Hono<AppEnv>();

  const options = (c: C) => {
    const db = c.get('db');
    const pid = c.get('project').id;
    return {
      meetings: listMeetings(db, pid).map((m) => ({
        value: String(m.id),
        label: `${m.title}（${formatDate(m.date)}）`,
      })),
      cases: listCases(db, pid).map((cs) => ({
        value: String(cs.id),
        label: `事例 ${cs.key}（${cs.agencyName}${cs.classification ? `・${CLASSIFICATION_LABEL[cs.classification]}` : ''}）`,
      })),
    };
  };

  const load = (c: C): IssueRowView | undefined => {
    const rid = idParam(c, 'rid');
    return rid === null ? undefined : findIssueRow(c.get('db'), c.get('project').id, rid);
  };

  const renderNew = (c: C, values: FormValues, ref: SourceRef | null, errors?: FieldErrors) => {
    const from = ref ? describeRef(c.get('db'), c.get('project').id, ref) : undefined;
    return c.render(
      <IssueRowFormPage project={c.get('project')} values={values} errors={errors} from={from} {...options(c)} />,
    );
  };

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
        {...options(c)}
      />,
    );

  const audit = (c: C, action: string, id: number, detail = '') =>
    recordAudit(c.get('db'), {
      projectId: c.get('project').id,
      actor: staffActor(c),
      action,
      entity: 'issue_row',
      entityId: id,
      detail,
    });

  app.get('/', (c) =>
    c.render(
      <IssuesTablePage
        project={c.get('project')}
        rows={listIssueRows(c.get('db'), c.get('project').id)}
        notice={doneNotice(c, NOTICES)}
      />,
    ),
  );

  app.get('/new', (c) => {
    const q = {
      fromTheme: numOrNull(c.req.query('theme')),
      fromPassage: numOrNull(c.req.query('passage')),
      fromCase: numOrNull(c.req.query('case')),
    };
    const ref = startRef(q);
    const from = ref ? describeRef(c.get('db'), c.get('project').id, ref) : undefined;
    if (ref && !from) return c.notFound();
    // a passage's words are the natural first draft of the problem
    const values: FormValues = {
      ...q,
      status: 'not_started',
      problem: ref?.kind === 'hearing_passage' ? from!.detail : '',
    };
    return renderNew(c, values, ref);
  });

  app.post('/', async (c) => {
    const db = c.get('db');
    const pid = c.get('project').id;
    const form = await readForm(c);
    const parsed = validate(issueRowSchema, form);
    if (!parsed.ok) {
      c.status(422);
      const ref = startRef({
        fromTheme: numOrNull(form.fromTheme as string),
        fromPassage: numOrNull(form.fromPassage as string),
        fromCase: numOrNull(form.fromCase as string),
      });
      return renderNew(c, form, ref, parsed.errors);
    }
    const input: IssueRowInput = parsed.data;
    const refs = [
      startRef(input),
      input.meetingId ? ({ kind: 'meeting', meetingId: input.meetingId } as const) : null,
    ].filter((r): r is SourceRef => r !== null);
    if (refs.some((r) => !refBelongs(db, pid, r))) return c.notFound();
    const row = db.transaction(() => insertIssueRow(db, pid, input, refs));
    audit(c, 'create', row.id, row.problem.slice(0, 60));
    return redirect(c, `/projects/${pid}/issues?done=created#row-${row.id}`);
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
    updateIssueRow(c.get('db'), c.get('project').id, row.id, parsed.data);
    audit(c, 'update', row.id, parsed.data.problem.slice(0, 60));
    return redirect(c, `/projects/${c.get('project').id}/issues?done=updated#row-${row.id}`);
  });

  app.post('/:rid{[0-9]+}/move', async (c) => {
    const row = load(c);
    const parsed = validate(moveSchema, await readForm(c));
    if (!row || !parsed.ok) return c.notFound();
    const db = c.get('db');
    if (db.transaction(() => moveIssueRow(db, c.get('project').id, row.id, parsed.data.direction)))
      audit(c, `move_${parsed.data.direction}`, row.id);
    return redirect(c, `/projects/${c.get('project').id}/issues#row-${row.id}`);
  });

  app.post('/:rid{[0-9]+}/sources', async (c) => {
    const row = load(c);
    if (!row) return c.notFound();
    const db = c.get('db');
    const pid = c.get('project').id;
    const parsed = validate(sourceSchema, await readForm(c));
    if (!parsed.ok) {
      c.status(422);
      return renderEdit(c, row, { sourceErrors: parsed.errors });
    }
    const refs: SourceRef[] = [];
    if (parsed.data.caseId) refs.push({ kind: 'case', caseId: parsed.data.caseId });
    if (parsed.data.meetingId) refs.push({ kind: 'meeting', meetingId: parsed.data.meetingId });
    if (refs.some((r) => !refBelongs(db, pid, r))) return c.notFound();
    db.transaction(() => refs.forEach((r) => addSource(db, row.id, r)));
    audit(c, 'add_source', row.id, refs.map((r) => r.kind).join(','));
    return redirect(c, `/projects/${pid}/issues/${row.id}/edit`);
  });

  app.post('/:rid{[0-9]+}/sources/:sid{[0-9]+}/delete', (c) => {
    const row = load(c);
    const sid = idParam(c, 'sid');
    if (!row || sid === null || !removeSource(c.get('db'), row.id, sid)) return c.notFound();
    audit(c, 'remove_source', row.id);
    return redirect(c, `/projects/${c.get('project').id}/issues/${row.id}/edit`);
  });

  app.post('/:rid{[0-9]+}/delete', async (c) => {
    const row = load(c);
    if (!row) return c.notFound();
    const pid = c.get('project').id;
    if ((await readForm(c)).confirm !== '1') return redirect(c, `/projects/${pid}/issues/${row.id}/edit`);
    deleteIssueRow(c.get('db'), pid, row.id);
    audit(c, 'delete', row.id, row.problem.slice(0, 60));
    return redirect(c, `/projects/${pid}/issues?done=deleted`);
  });

  return app;
}
