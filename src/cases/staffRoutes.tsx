import { applyListQuery, readListQuery } from '../http/listQuery.ts';
import { CASE_LIST, CASE_SORT_LABELS } from './caseListQuery.ts';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { readForm, redirect, doneNotice } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { listMeetings } from '../meetings/queries.ts';
import {
  candidateMeetingIds,
  caseCounts,
  findCase,
  involvableAgencies,
  listCases,
  projectAgencyNames,
  listFactorDefs,
  type CaseListItem,
} from './queries.ts';
import {
  addProjectFactor,
  autosaveCaseByStaff,
  createCaseByStaff,
  deleteCaseByStaff,
  saveCaseByStaff,
  setCaseCandidate,
} from './commands.ts';
import { candidateSchema, factorDefSchema } from './schemas.ts';
import { caseBreakdown } from './caseBreakdown.ts';
import { caseWindow, formTimeline, sheetFormValues, sheetTimeline } from './form.ts';
import { caseFormData, factorComparisonData, type CaseFormState } from './caseViewModel.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { FactorComparisonPage } from '../../views/cases/factorComparisonPage.tsx';
import { SaveStatus } from '../../views/cases/saveStatus.tsx';
import { CaseListPage } from '../../views/cases/caseListPage.tsx';
import { CaseNewPage } from '../../views/cases/caseNewPage.tsx';
import { CaseEditPage } from '../../views/cases/caseEditPage.tsx';
import { CaseDetailPage } from '../../views/cases/caseDetailPage.tsx';
import { caseEditPath, casePath, casesPath, factorComparisonPath } from '../lib/paths/cases.ts';

type C = Context<AppEnv>;

/** The breakdown with its real counts, for staff: submitted cases, agencies in list order. */
function staffBreakdown(cases: CaseListItem[]) {
  const submitted = cases.filter((c) => c.status === 'submitted');
  const directory = new Map(submitted.map((c) => [c.agencyId, { key: c.agencyKey, name: c.agencyName }]));
  return caseBreakdown(submitted, directory, (a) => a.name);
}

const NOTICES: Record<string, string> = {
  saved: '下書きを保存しました。',
  submitted: '事例シートを提出済みにしました。',
  deleted: '事例シートを削除しました。',
  candidate_on: '事例検討の候補にしました。',
  candidate_off: '事例検討の候補から外しました。',
  factor_added: '要因を追加しました。各機関の事例シートに表示されます。',
};

const CONSENT_MISSING =
  '情報共有の同意（同意あり／同意なし／不明）が記録されていないため、事例検討の候補にできません。編集画面で同意の状態を記録してください。';

export function caseRoutes() {
  const app = new Hono<AppEnv>();

  const load = (c: C): CaseListItem | undefined => {
    const cid = idParam(c, 'cid');
    return cid === null ? undefined : findCase(c.get('db'), c.get('project').id, cid);
  };

  const renderEdit = (c: C, sheet: CaseListItem, state: CaseFormState) => {
    const pid = c.get('project').id;
    return c.render(
      <CaseEditPage
        project={c.get('project')}
        sheet={sheet}
        notice={doneNotice(c, NOTICES)}
        form={{
          action: casePath(pid, sheet.id),
          autosave: sheet.status === 'draft' ? `${casePath(pid, sheet.id)}/autosave` : null,
          ...caseFormData(c.get('db'), sheet, state),
        }}
      />,
    );
  };

  const renderFactors = (c: C, extra: { values?: FormValues; errors?: FieldErrors } = {}) =>
    c.render(
      <FactorComparisonPage
        project={c.get('project')}
        {...factorComparisonData(c.get('db'), c.get('project').id, c.req.query('sort') === 'difference')}
        notice={doneNotice(c, NOTICES)}
        {...extra}
      />,
    );

  app.get('/', (c) => {
    const db = c.get('db');
    const pid = c.get('project').id;
    const cases = listCases(db, pid);
    const query = readListQuery(c, CASE_LIST);
    return c.render(
      <CaseListPage
        project={c.get('project')}
        cases={applyListQuery([...cases], query, CASE_LIST)}
        list={{ query, sorts: CASE_SORT_LABELS, total: cases.length }}
        breakdown={staffBreakdown(cases)}
        counts={caseCounts(db, pid)}
        closesOn={caseWindow(db, pid).closesOn}
        notice={doneNotice(c, NOTICES)}
      />,
    );
  });

  app.get('/new', (c) =>
    c.render(
      <CaseNewPage
        project={c.get('project')}
        agencies={involvableAgencies(c.get('db'), c.get('project').id)}
        values={{ agencyId: c.req.query('agency') ?? '' }}
      />,
    ),
  );

  app.post('/new', async (c) => {
    const db = c.get('db');
    const pid = c.get('project').id;
    const form = await readForm(c);
    const created = createCaseByStaff(db, staffActor(c), {
      projectId: pid,
      agencyId: Number(form.agencyId),
      userId: c.get('user')!.id,
    });
    if (!created.ok) {
      c.status(422);
      return c.render(
        <CaseNewPage
          project={c.get('project')}
          agencies={involvableAgencies(db, pid)}
          values={form}
          errors={{ agencyId: '事例を提供した機関を選んでください' }}
        />,
      );
    }
    return redirect(c, caseEditPath(pid, created.sheet.id));
  });

  app.get('/factors', (c) => renderFactors(c));

  app.post('/factors', async (c) => {
    const form = await readForm(c);
    const parsed = validate(factorDefSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return renderFactors(c, { values: form, errors: parsed.errors });
    }
    const pid = c.get('project').id;
    addProjectFactor(c.get('db'), staffActor(c), { projectId: pid, ...parsed.data });
    return redirect(c, `${factorComparisonPath(pid)}?done=factor_added#manage`);
  });

  const detailPage = (c: C, sheet: CaseListItem, error?: string) => {
    const db = c.get('db');
    const pid = c.get('project').id;
    return c.render(
      <CaseDetailPage
        project={c.get('project')}
        sheet={sheet}
        factors={listFactorDefs(db, pid)}
        agencyNames={projectAgencyNames(db, pid)}
        meetings={listMeetings(db, pid).filter((m) => m.kind !== 'working_group')}
        candidateIds={candidateMeetingIds(db, sheet.id)}
        notice={doneNotice(c, NOTICES)}
        error={error}
      />,
    );
  };

  app.get('/:cid{[0-9]+}', (c) => {
    const sheet = load(c);
    return sheet ? detailPage(c, sheet) : c.notFound();
  });

  app.get('/:cid{[0-9]+}/edit', (c) => {
    const sheet = load(c);
    if (!sheet) return c.notFound();
    return renderEdit(c, sheet, { values: sheetFormValues(sheet), timeline: sheetTimeline(sheet) });
  });

  // Staff enter on an agency's behalf at any time; the window only limits the agency's link.
  app.post('/:cid{[0-9]+}', async (c) => {
    const sheet = load(c);
    if (!sheet) return c.notFound();
    const db = c.get('db');
    const pid = c.get('project').id;
    const form = await readForm(c);
    const action = form.action === 'submit' ? 'submit' : 'draft';
    const result = saveCaseByStaff(db, staffActor(c), {
      projectId: pid,
      caseId: sheet.id,
      form,
      action,
      userId: c.get('user')!.id,
    });
    if (!result.ok) {
      if (result.reason === 'not_found') return c.notFound();
      if (result.reason === 'conflict') {
        c.status(409);
        return renderEdit(c, sheet, { values: form, timeline: formTimeline(form), conflict: result.differences });
      }
      c.status(422);
      return renderEdit(c, findCase(db, pid, sheet.id)!, {
        values: form,
        timeline: formTimeline(form),
        errors: result.errors,
        result,
      });
    }
    return result.status === 'submitted'
      ? redirect(c, `${casePath(pid, sheet.id)}?done=submitted`)
      : redirect(c, `${caseEditPath(pid, sheet.id)}?done=saved`);
  });

  app.post('/:cid{[0-9]+}/autosave', async (c) => {
    const cid = idParam(c, 'cid');
    if (cid === null) return c.notFound();
    const result = autosaveCaseByStaff(c.get('db'), {
      projectId: c.get('project').id,
      caseId: cid,
      form: await readForm(c),
      userId: c.get('user')!.id,
    });
    if (result.ok)
      return c.html(<SaveStatus savedAt={result.savedAt} version={result.version} findings={result.findings} />);
    if (result.reason === 'conflict') return c.html(<SaveStatus conflict />);
    if (result.reason === 'not_draft')
      return c.html(<SaveStatus error="提出済みの事例は自動保存しません。「修正を提出する」で保存してください。" />);
    if (result.reason !== 'invalid') return c.notFound();
    return c.html(<SaveStatus error={`保存できませんでした：${Object.values(result.errors)[0]}`} />);
  });

  app.post('/:cid{[0-9]+}/candidates', async (c) => {
    const sheet = load(c);
    if (!sheet) return c.notFound();
    const pid = c.get('project').id;
    const parsed = validate(candidateSchema, await readForm(c));
    if (!parsed.ok) return c.notFound();
    const result = setCaseCandidate(c.get('db'), staffActor(c), { projectId: pid, caseId: sheet.id, ...parsed.data });
    if (!result.ok && result.reason === 'consent_missing') {
      c.status(422);
      return detailPage(c, sheet, CONSENT_MISSING);
    }
    if (!result.ok) return c.notFound();
    return redirect(c, `${casePath(pid, sheet.id)}?done=${parsed.data.on ? 'candidate_on' : 'candidate_off'}`);
  });

  app.post('/:cid{[0-9]+}/delete', async (c) => {
    const sheet = load(c);
    if (!sheet) return c.notFound();
    const pid = c.get('project').id;
    if ((await readForm(c)).confirm !== '1') return redirect(c, casePath(pid, sheet.id));
    const result = deleteCaseByStaff(c.get('db'), staffActor(c), { projectId: pid, caseId: sheet.id });
    if (!result.ok) return c.notFound();
    return redirect(c, `${casesPath(pid)}?done=deleted`);
  });

  return app;
}
