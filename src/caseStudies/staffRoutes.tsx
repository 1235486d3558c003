// 事例検討シート for one meeting: /projects/:pid/meetings/:mid/case-studies[/:sid]. Staff only.
import { Hono, type Context } from 'hono';
import { readForm, redirect } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { recordAudit } from '../audit/log.ts';
import { listAgencies } from '../agencies/queries.ts';
import { findCase, listCandidateCases, listCases, projectAgencyNames } from '../cases/queries.ts';
import { CaseStudyListPage, CaseStudySheetPage, type SheetField } from '../../views/caseStudies/pages.tsx';
import {
  addAgencyView,
  ensureCaseStudy,
  findCaseStudy,
  listCaseStudies,
  listEntries,
  saveEntries,
  type CaseStudy,
} from './queries.ts';
import { parseSheetForm, shortHash } from './sheetForm.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { agencySlot, AGENCY_VIEW_FIELDS, CASE_STUDY_SECTIONS } from './labels.ts';
import { loadMeeting, type MeetingEnv } from '../meetings/loadMeeting.ts';

type C = Context<MeetingEnv>;

const listUrl = (c: C) => `/projects/${c.get('project').id}/meetings/${c.get('meeting').id}/case-studies`;
const userId = (c: C) => c.get('user')?.id ?? null;

function audit(c: C, action: string, study: CaseStudy, detail: string) {
  recordAudit(c.get('db'), {
    projectId: study.projectId,
    actor: staffActor(c as Context),
    action,
    entity: 'case_study',
    entityId: study.id,
    detail,
  });
}

/** The agencies whose views are on the sheet: the submitting agency first, then in order added. */
function sheetAgencies(c: C, study: CaseStudy, submittingAgencyId: number) {
  const names = projectAgencyNames(c.get('db'), c.get('project').id);
  const ids = [
    ...new Set(
      [...listEntries(c.get('db'), study.id).values()].map((e) => e.agencyId).filter((id): id is number => id !== null),
    ),
  ];
  ids.sort((a, b) => (a === submittingAgencyId ? -1 : b === submittingAgencyId ? 1 : a - b));
  return ids.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! }));
}

function renderSheet(
  c: C,
  study: CaseStudy,
  opts: { values?: FormValues; errors?: FieldErrors; notice?: string; status?: 409 | 422 } = {},
) {
  const db = c.get('db');
  const project = c.get('project');
  const sheet = findCase(db, project.id, study.caseId)!;
  const viewAgencies = sheetAgencies(c, study, sheet.agencyId);
  const fields = new Map<string, SheetField>(
    [...listEntries(db, study.id).values()].map((e) => [
      e.slot,
      { slot: e.slot, text: e.text, version: e.version, hash: shortHash(e.text) },
    ]),
  );
  for (const s of CASE_STUDY_SECTIONS)
    if (!fields.has(s.key)) fields.set(s.key, { slot: s.key, text: '', version: 0, hash: shortHash('') });
  const onSheet = new Set(viewAgencies.map((a) => a.id));
  if (opts.status) c.status(opts.status);
  return c.render(
    <CaseStudySheetPage
      project={project}
      meeting={c.get('meeting')}
      studyId={study.id}
      sheet={sheet}
      agencyNames={projectAgencyNames(db, project.id)}
      viewAgencies={viewAgencies}
      addable={listAgencies(db, project.id, 'active')
        .filter((a) => !onSheet.has(a.id))
        .map((a) => ({ id: a.id, name: a.name }))}
      fields={fields}
      {...opts}
    />,
  );
}

function loadStudy(c: C): CaseStudy | undefined {
  const sid = idParam(c, 'sid');
  return sid === null ? undefined : findCaseStudy(c.get('db'), c.get('project').id, c.get('meeting').id, sid);
}

export function caseStudyRoutes() {
  const app = new Hono<MeetingEnv>();
  app.use(loadMeeting);

  const renderList = (c: C, errors?: FieldErrors) => {
    const db = c.get('db');
    const project = c.get('project');
    const meeting = c.get('meeting');
    const candidates = listCandidateCases(db, project.id, meeting.id);
    const candidateIds = new Set(candidates.map((x) => x.id));
    const otherCases = listCases(db, project.id).filter((x) => x.status === 'submitted' && !candidateIds.has(x.id));
    if (errors) c.status(422);
    return c.render(
      <CaseStudyListPage
        project={project}
        meeting={meeting}
        studies={listCaseStudies(db, project.id, meeting.id)}
        candidates={candidates}
        otherCases={otherCases}
        errors={errors}
      />,
    );
  };

  app.get('/', (c) => renderList(c));

  app.post('/', async (c) => {
    const db = c.get('db');
    const form = await readForm(c);
    const caseId = Number(form.caseId);
    const sheet = Number.isInteger(caseId) && caseId > 0 ? findCase(db, c.get('project').id, caseId) : undefined;
    if (!sheet || sheet.status !== 'submitted') return renderList(c, { caseId: '提出済みの事例を選んでください' });
    const study = ensureCaseStudy(db, c.get('project').id, c.get('meeting').id, sheet.id);
    // start with the agencies that know the case: the one that submitted it and those involved
    for (const agencyId of new Set([sheet.agencyId, ...sheet.involvedAgencyIds]))
      addAgencyView(db, study.id, agencyId, userId(c));
    audit(c, 'create', study, `事例 ${sheet.key}`);
    return redirect(c, `${listUrl(c)}/${study.id}`);
  });

  app.get('/:sid{[0-9]+}', (c) => {
    const study = loadStudy(c);
    if (!study) return c.notFound();
    return renderSheet(c, study, { notice: c.req.query('saved') === '1' ? '保存しました。' : undefined });
  });

  app.post('/:sid{[0-9]+}', async (c) => {
    const study = loadStudy(c);
    if (!study) return c.notFound();
    const db = c.get('db');
    const form = await readForm(c);
    const sheet = findCase(db, c.get('project').id, study.caseId)!;
    const allowed = new Set<string>(CASE_STUDY_SECTIONS.map((s) => s.key));
    for (const a of sheetAgencies(c, study, sheet.agencyId))
      for (const f of AGENCY_VIEW_FIELDS) allowed.add(agencySlot(a.id, f.key));
    const parsed = parseSheetForm(form, allowed);
    if (Object.keys(parsed.errors).length)
      return renderSheet(c, study, { values: form, errors: parsed.errors, status: 422 });
    const outcome = saveEntries(db, study.id, parsed.entries, userId(c));
    if (outcome.saved) audit(c, 'update', study, `事例 ${sheet.key}：${outcome.saved}欄を保存`);
    if (outcome.conflicts.length) {
      const values: FormValues = { ...form };
      const errors: FieldErrors = {};
      for (const conflict of outcome.conflicts) {
        // next save knowingly replaces the text that is there now
        values[`v.${conflict.slot}`] = String(conflict.version);
        values[`h.${conflict.slot}`] = shortHash(conflict.current);
        errors[`t.${conflict.slot}`] =
          `他の人が先にこの欄を変更しました。いまの内容：「${conflict.current || '（空欄）'}」。あなたの入力はこの欄に残っています。`;
      }
      return renderSheet(c, study, { values, errors, status: 409 });
    }
    return redirect(c, `${listUrl(c)}/${study.id}?saved=1`);
  });

  app.post('/:sid{[0-9]+}/agencies', async (c) => {
    const study = loadStudy(c);
    if (!study) return c.notFound();
    const db = c.get('db');
    const form = await readForm(c);
    const agency = listAgencies(db, c.get('project').id, 'active').find((a) => String(a.id) === form.agencyId);
    if (!agency) return renderSheet(c, study, { errors: { agencyId: '機関を選んでください' }, status: 422 });
    addAgencyView(db, study.id, agency.id, userId(c));
    audit(c, 'update', study, `機関を追加：${agency.name}`);
    return redirect(c, `${listUrl(c)}/${study.id}#f-t.${agencySlot(agency.id, 'could_do')}`);
  });

  return app;
}
