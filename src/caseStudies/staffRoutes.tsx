// 事例検討シート for one meeting: /projects/:pid/meetings/:mid/case-studies[/:sid]. Staff only.
import { Hono, type Context } from 'hono';
import { readForm, redirect } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { CaseStudySheetPage } from '../../views/caseStudies/caseStudySheetPage.tsx';
import { findCaseStudy, type CaseStudy } from './queries.ts';
import { parseSheetForm, shortHash } from './sheetForm.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { loadMeeting, type MeetingEnv } from '../meetings/loadMeeting.ts';
import { addCaseStudyAgency, createCaseStudy, saveCaseStudySheet } from './commands.ts';
import { caseStudyListData, caseStudySheetData, slotLabels } from './caseStudyViewModel.ts';
import { CaseStudyListPage } from '../../views/caseStudies/caseStudyListPage.tsx';
import { CaseStudyAutosaveResponse, CaseStudySaveStatus } from '../../views/caseStudies/caseStudyAutosave.tsx';
import { nowIso } from '../lib/time.ts';
import { agencySlot } from '../lib/labels/caseStudies.ts';
import { caseStudyPath } from '../lib/paths/caseStudies.ts';

type C = Context<MeetingEnv>;

const userId = (c: C) => c.get('user')?.id ?? null;
const actor = (c: C) => staffActor(c as Context);
const studyUrl = (c: C, studyId: number) => caseStudyPath(c.get('project').id, c.get('meeting').id, studyId);

function renderSheet(
  c: C,
  study: CaseStudy,
  opts: { values?: FormValues; errors?: FieldErrors; notice?: string; status?: 409 | 422 } = {},
) {
  const project = c.get('project');
  if (opts.status) c.status(opts.status);
  return c.render(
    <CaseStudySheetPage
      project={project}
      meeting={c.get('meeting')}
      {...caseStudySheetData(c.get('db'), project.id, study)}
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
    const project = c.get('project');
    const meeting = c.get('meeting');
    if (errors) c.status(422);
    return c.render(
      <CaseStudyListPage
        project={project}
        meeting={meeting}
        {...caseStudyListData(c.get('db'), project.id, meeting.id)}
        errors={errors}
      />,
    );
  };

  app.get('/', (c) => renderList(c));

  app.post('/', async (c) => {
    const form = await readForm(c);
    const result = createCaseStudy(c.get('db'), actor(c), {
      projectId: c.get('project').id,
      meetingId: c.get('meeting').id,
      caseId: Number(form.caseId),
      userId: userId(c),
    });
    if (!result.ok) return renderList(c, { caseId: '提出済みの事例を選んでください' });
    return redirect(c, studyUrl(c, result.study.id));
  });

  app.get('/:sid{[0-9]+}', (c) => {
    const study = loadStudy(c);
    if (!study) return c.notFound();
    return renderSheet(c, study, { notice: c.req.query('saved') === '1' ? '保存しました。' : undefined });
  });

  app.post('/:sid{[0-9]+}', async (c) => {
    const study = loadStudy(c);
    if (!study) return c.notFound();
    const form = await readForm(c);
    const result = saveCaseStudySheet(c.get('db'), actor(c), {
      projectId: study.projectId,
      meetingId: study.meetingId,
      studyId: study.id,
      ...parseSheetForm(form),
      userId: userId(c),
    });
    if (!result.ok) {
      if (result.reason === 'not_found') return c.notFound();
      return renderSheet(c, study, { values: form, errors: result.errors, status: 422 });
    }
    if (result.conflicts.length) {
      const values: FormValues = { ...form };
      const errors: FieldErrors = {};
      for (const conflict of result.conflicts) {
        // next save knowingly replaces the text that is there now
        values[`v.${conflict.slot}`] = String(conflict.version);
        values[`h.${conflict.slot}`] = shortHash(conflict.current);
        errors[`t.${conflict.slot}`] =
          `他の人が先にこの欄を変更しました。いまの内容：「${conflict.current || '（空欄）'}」。あなたの入力はこの欄に残っています。`;
      }
      return renderSheet(c, study, { values, errors, status: 409 });
    }
    return redirect(c, `${studyUrl(c, study.id)}?saved=1`);
  });

  // What was typed is saved while typing; a field somebody else changed is left for the save button.
  app.post('/:sid{[0-9]+}/autosave', async (c) => {
    const study = loadStudy(c);
    if (!study) return c.notFound();
    const parsed = parseSheetForm(await readForm(c));
    const result = saveCaseStudySheet(c.get('db'), actor(c), {
      projectId: study.projectId,
      meetingId: study.meetingId,
      studyId: study.id,
      ...parsed,
      userId: userId(c),
      autosave: true,
    });
    if (!result.ok) {
      if (result.reason === 'not_found') return c.notFound();
      return c.html(<CaseStudySaveStatus error={`保存できませんでした：${Object.values(result.errors)[0]}`} />);
    }
    const labels = slotLabels(c.get('db'), study);
    return c.html(
      <CaseStudyAutosaveResponse
        savedAt={nowIso()}
        conflicts={result.conflicts.map((x) => labels.get(x.slot) ?? x.slot)}
        upToDate={result.upToDate.map((u) => ({ slot: u.slot, version: String(u.version), hash: shortHash(u.text) }))}
      />,
    );
  });

  app.post('/:sid{[0-9]+}/agencies', async (c) => {
    const study = loadStudy(c);
    if (!study) return c.notFound();
    const form = await readForm(c);
    const result = addCaseStudyAgency(c.get('db'), actor(c), {
      projectId: study.projectId,
      meetingId: study.meetingId,
      studyId: study.id,
      agencyId: form.agencyId,
      userId: userId(c),
    });
    if (!result.ok) {
      if (result.reason === 'not_found') return c.notFound();
      return renderSheet(c, study, { errors: { agencyId: '機関を選んでください' }, status: 422 });
    }
    return redirect(c, `${studyUrl(c, study.id)}#f-t.${agencySlot(result.agency.id, 'could_do')}`);
  });

  return app;
}
