import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { AgencyCaseEditPage, AgencyCaseListPage, AgencyCaseViewPage } from '../../views/cases/pages.tsx';
import { SaveStatus, type TimelineRow } from '../../views/cases/sheet.tsx';
import { readForm, redirect, doneNotice } from '../http/form.ts';
import { idParam } from '../http/middleware.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { AgencyTaskProvider } from '../agencies/tasks.ts';
import {
  createDraftCase,
  deleteCase,
  findAgencyCase,
  involvableAgencies,
  listAgencyCases,
  listFactorDefs,
  projectAgencyNames,
  reopenCase,
  type CaseSheet,
} from './queries.ts';
import {
  caseWindow,
  formTimeline,
  saveCaseForm,
  sheetFindings,
  sheetFormValues,
  sheetTimeline,
  type SaveResult,
} from './form.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { formatDate } from '../lib/format.ts';

type C = Context<AppEnv>;

/** The agency home's entry for the case sheets the agency is asked for. */
export const caseAgencyTask: AgencyTaskProvider = (db, agency, token) => {
  const window = caseWindow(db, agency.projectId);
  const cases = listAgencyCases(db, agency);
  if (!window.opensOn && !window.closesOn && !cases.length) return null;
  const submitted = cases.filter((c) => c.status === 'submitted').length;
  const drafts = cases.length - submitted;
  const status = !cases.length
    ? window.editable
      ? '未提出'
      : '受付終了'
    : [submitted && `提出 ${submitted}件`, drafts && `下書き ${drafts}件`].filter(Boolean).join('・');
  return {
    title: '支援事例シートの提出',
    href: `/a/${token}/cases`,
    status,
    deadline: window.closesOn ? formatDate(window.closesOn) : undefined,
    note: '好事例・困難事例を、個人が特定されない形でお寄せください。',
  };
};

const NOTICES: Record<string, string> = {
  saved: '下書きを保存しました。',
  submitted: '事例シートを提出しました。ご協力ありがとうございます。締切までは修正できます。',
  reopened: '下書きに戻しました。修正後にもう一度提出してください。',
  deleted: '下書きを削除しました。',
};

/** /a/:token/cases — the agency's own case sheets only. */
export function agencyCaseRoutes() {
  const app = new Hono<AppEnv>();

  const load = (c: C) => {
    const cid = idParam(c, 'cid');
    return cid === null ? undefined : findAgencyCase(c.get('db'), c.get('agency'), cid);
  };
  const actor = (c: C): Actor => ({ kind: 'agency', id: c.get('agency').id, label: c.get('agency').name });
  const base = (c: C) => `/a/${c.get('agencyToken')}/cases`;

  const renderEdit = (
    c: C,
    sheet: CaseSheet,
    state: {
      values: FormValues;
      timeline: TimelineRow[];
      errors?: FieldErrors;
      result?: Extract<SaveResult, { ok: false }>;
      blocked?: string;
    },
  ) => {
    const db = c.get('db');
    const agency = c.get('agency');
    const window = caseWindow(db, agency.projectId);
    const guard = state.result ?? { ...sheetFindings(sheet), submitAttempted: false };
    return c.render(
      <AgencyCaseEditPage
        token={c.get('agencyToken')}
        sheet={sheet}
        closesOn={window.closesOn}
        notice={doneNotice(c, NOTICES)}
        form={{
          action: `${base(c)}/${sheet.id}`,
          autosave: sheet.status === 'draft' && window.editable ? `${base(c)}/${sheet.id}/autosave` : null,
          factors: listFactorDefs(db, agency.projectId),
          agencies: involvableAgencies(db, agency.projectId, sheet),
          values: state.values,
          timeline: state.timeline,
          errors: state.errors,
          findings: guard.findings,
          texts: guard.texts,
          submitAttempted: guard.submitAttempted,
          submitBlocked: state.blocked ?? (window.submittable ? null : window.message),
        }}
      />,
    );
  };

  app.get('/', (c) => {
    const db = c.get('db');
    const agency = c.get('agency');
    const window = caseWindow(db, agency.projectId);
    return c.render(
      <AgencyCaseListPage
        token={c.get('agencyToken')}
        agencyName={agency.name}
        cases={listAgencyCases(db, agency)}
        closesOn={window.closesOn}
        open={window.editable}
        notice={doneNotice(c, NOTICES)}
      />,
    );
  });

  app.post('/new', (c) => {
    const db = c.get('db');
    const agency = c.get('agency');
    if (!caseWindow(db, agency.projectId).editable) return redirect(c, base(c));
    const sheet = createDraftCase(db, agency.projectId, agency.id, null);
    recordAudit(db, {
      projectId: agency.projectId,
      actor: actor(c),
      action: 'create',
      entity: 'case',
      entityId: sheet.key,
    });
    return redirect(c, `${base(c)}/${sheet.id}`);
  });

  app.get('/:cid{[0-9]+}', (c) => {
    const sheet = load(c);
    if (!sheet) return c.notFound();
    const db = c.get('db');
    const agency = c.get('agency');
    const window = caseWindow(db, agency.projectId);
    if (sheet.status === 'draft' && window.editable)
      return renderEdit(c, sheet, { values: sheetFormValues(sheet), timeline: sheetTimeline(sheet) });
    return c.render(
      <AgencyCaseViewPage
        token={c.get('agencyToken')}
        sheet={sheet}
        factors={listFactorDefs(db, agency.projectId)}
        agencyNames={projectAgencyNames(db, agency.projectId)}
        canReopen={sheet.status === 'submitted' && window.editable}
        notice={doneNotice(c, NOTICES)}
      />,
    );
  });

  app.post('/:cid{[0-9]+}', async (c) => {
    const sheet = load(c);
    if (!sheet) return c.notFound();
    const db = c.get('db');
    const agency = c.get('agency');
    const form = await readForm(c);
    const window = caseWindow(db, agency.projectId);
    const action = form.action === 'submit' ? 'submit' : 'draft';
    // Outside the window nothing is written, but the typed text comes back so it is not lost.
    const refusal =
      !window.editable || sheet.status !== 'draft'
        ? (window.message ?? '提出済みの事例です。修正する場合は下書きに戻してください。')
        : action === 'submit' && !window.submittable
          ? window.message
          : null;
    if (refusal) {
      c.status(422);
      return renderEdit(c, sheet, { values: form, timeline: formTimeline(form), blocked: refusal });
    }
    const result = db.transaction(() =>
      saveCaseForm(db, sheet, form, {
        action,
        factors: listFactorDefs(db, agency.projectId),
        agencyIds: new Set(involvableAgencies(db, agency.projectId, sheet).map((a) => a.id)),
      }),
    );
    if (!result.ok) {
      c.status(422);
      return renderEdit(c, findAgencyCase(db, agency, sheet.id)!, {
        values: form,
        timeline: formTimeline(form),
        errors: result.errors,
        result,
      });
    }
    recordAudit(db, {
      projectId: agency.projectId,
      actor: actor(c),
      action: result.status === 'submitted' ? 'submit' : 'save_draft',
      entity: 'case',
      entityId: sheet.key,
    });
    return redirect(
      c,
      `${base(c)}/${result.status === 'submitted' ? `${sheet.id}?done=submitted` : `${sheet.id}?done=saved`}`,
    );
  });

  app.post('/:cid{[0-9]+}/autosave', async (c) => {
    const sheet = load(c);
    if (!sheet) return c.notFound();
    const db = c.get('db');
    const agency = c.get('agency');
    const window = caseWindow(db, agency.projectId);
    if (!window.editable || sheet.status !== 'draft')
      return c.html(<SaveStatus error={window.message ?? '提出済みの事例は自動保存しません。'} />);
    const form = await readForm(c);
    const result = db.transaction(() =>
      saveCaseForm(db, sheet, form, {
        action: 'draft',
        factors: listFactorDefs(db, agency.projectId),
        agencyIds: new Set(involvableAgencies(db, agency.projectId, sheet).map((a) => a.id)),
      }),
    );
    return c.html(
      result.ok ? (
        <SaveStatus savedAt={findAgencyCase(db, agency, sheet.id)!.savedAt} findings={result.findings} />
      ) : (
        <SaveStatus error={`保存できませんでした：${Object.values(result.errors)[0]}`} />
      ),
    );
  });

  app.post('/:cid{[0-9]+}/reopen', (c) => {
    const sheet = load(c);
    if (!sheet) return c.notFound();
    const db = c.get('db');
    const agency = c.get('agency');
    if (sheet.status !== 'submitted' || !caseWindow(db, agency.projectId).editable)
      return redirect(c, `${base(c)}/${sheet.id}`);
    reopenCase(db, sheet);
    recordAudit(db, {
      projectId: agency.projectId,
      actor: actor(c),
      action: 'reopen',
      entity: 'case',
      entityId: sheet.key,
    });
    return redirect(c, `${base(c)}/${sheet.id}?done=reopened`);
  });

  app.post('/:cid{[0-9]+}/delete', (c) => {
    const sheet = load(c);
    if (!sheet) return c.notFound();
    const db = c.get('db');
    const agency = c.get('agency');
    if (sheet.status !== 'draft') return redirect(c, `${base(c)}/${sheet.id}`);
    deleteCase(db, sheet);
    recordAudit(db, {
      projectId: agency.projectId,
      actor: actor(c),
      action: 'delete',
      entity: 'case',
      entityId: sheet.key,
    });
    return redirect(c, `${base(c)}?done=deleted`);
  });

  return app;
}
