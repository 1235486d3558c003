import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { readForm, redirect, doneNotice } from '../http/form.ts';
import { firstResult, rememberResult } from '../http/onceToken.ts';
import { idParam } from '../http/middleware.ts';
import type { Actor } from '../audit/log.ts';
import { findAgencyCase, listAgencyCases, listFactorDefs, projectAgencyNames, type CaseSheet } from './queries.ts';
import {
  autosaveCaseByAgency,
  createCaseByAgency,
  deleteCaseByAgency,
  reopenCaseByAgency,
  saveCaseByAgency,
} from './commands.ts';
import { caseWindow, formTimeline, sheetFormValues, sheetTimeline } from './form.ts';
import { caseFormData, type CaseFormState } from './caseViewModel.ts';
import { SaveStatus } from '../../views/cases/saveStatus.tsx';
import { AgencyCaseListPage } from '../../views/cases/agencyCaseListPage.tsx';
import { AgencyCaseEditPage } from '../../views/cases/agencyCaseEditPage.tsx';
import { AgencyCaseViewPage } from '../../views/cases/agencyCaseViewPage.tsx';
import { agencyCasePath, agencyCasesPath } from '../lib/paths/cases.ts';

type C = Context<AppEnv>;

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
  const base = (c: C) => agencyCasesPath(c.get('agencyToken'));
  const caseUrl = (c: C, caseId: number) => agencyCasePath(c.get('agencyToken'), caseId);

  const renderEdit = (c: C, sheet: CaseSheet, state: CaseFormState & { blocked?: string }) => {
    const db = c.get('db');
    const window = caseWindow(db, c.get('agency').projectId);
    return c.render(
      <AgencyCaseEditPage
        token={c.get('agencyToken')}
        sheet={sheet}
        closesOn={window.closesOn}
        notice={doneNotice(c, NOTICES)}
        form={{
          action: caseUrl(c, sheet.id),
          autosave: sheet.status === 'draft' && window.editable ? `${caseUrl(c, sheet.id)}/autosave` : null,
          ...caseFormData(db, sheet, state),
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

  app.post('/new', async (c) => {
    const db = c.get('db');
    const form = await readForm(c);
    // a second click on the same 新しい事例を書く button opens the draft the first one created
    const scope = `agency:${c.get('agency').id}`;
    const replay = firstResult(db, form, scope);
    if (replay) return redirect(c, replay);
    const created = createCaseByAgency(db, actor(c), c.get('agency'));
    if (!created.ok) return redirect(c, base(c));
    rememberResult(db, form, scope, caseUrl(c, created.sheet.id));
    return redirect(c, caseUrl(c, created.sheet.id));
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
    const action = form.action === 'submit' ? 'submit' : 'draft';
    const result = saveCaseByAgency(db, actor(c), { agency, caseId: sheet.id, form, action });
    if (!result.ok) {
      if (result.reason === 'not_found') return c.notFound();
      c.status(422);
      // Outside the window nothing is written, but the typed text comes back so it is not lost.
      if (result.reason === 'refused')
        return renderEdit(c, sheet, { values: form, timeline: formTimeline(form), blocked: result.message });
      if (result.reason === 'conflict') {
        c.status(409);
        return renderEdit(c, sheet, { values: form, timeline: formTimeline(form), conflict: result.differences });
      }
      return renderEdit(c, findAgencyCase(db, agency, sheet.id)!, {
        values: form,
        timeline: formTimeline(form),
        errors: result.errors,
        result,
      });
    }
    return redirect(c, `${caseUrl(c, sheet.id)}?done=${result.status === 'submitted' ? 'submitted' : 'saved'}`);
  });

  app.post('/:cid{[0-9]+}/autosave', async (c) => {
    const cid = idParam(c, 'cid');
    if (cid === null) return c.notFound();
    const result = autosaveCaseByAgency(c.get('db'), { agency: c.get('agency'), caseId: cid, form: await readForm(c) });
    if (result.ok)
      return c.html(<SaveStatus savedAt={result.savedAt} version={result.version} findings={result.findings} />);
    if (result.reason === 'conflict') return c.html(<SaveStatus conflict />);
    if (result.reason === 'closed' || result.reason === 'not_draft')
      return c.html(<SaveStatus error={result.message ?? '提出済みの事例は自動保存しません。'} />);
    if (result.reason !== 'invalid') return c.notFound();
    return c.html(<SaveStatus error={`保存できませんでした：${Object.values(result.errors)[0]}`} />);
  });

  app.post('/:cid{[0-9]+}/reopen', (c) => {
    const cid = idParam(c, 'cid');
    if (cid === null) return c.notFound();
    const result = reopenCaseByAgency(c.get('db'), actor(c), { agency: c.get('agency'), caseId: cid });
    if (!result.ok && result.reason === 'not_found') return c.notFound();
    return redirect(c, result.ok ? `${caseUrl(c, cid)}?done=reopened` : caseUrl(c, cid));
  });

  app.post('/:cid{[0-9]+}/delete', (c) => {
    const cid = idParam(c, 'cid');
    if (cid === null) return c.notFound();
    const result = deleteCaseByAgency(c.get('db'), actor(c), { agency: c.get('agency'), caseId: cid });
    if (!result.ok && result.reason === 'not_found') return c.notFound();
    return redirect(c, result.ok ? `${base(c)}?done=deleted` : caseUrl(c, cid));
  });

  return app;
}
