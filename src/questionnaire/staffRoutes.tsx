// Staff side: /projects/:pid/questionnaire — answer status, template editing, results, exports.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context.ts';
import { readForm, redirect } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { optionalInt, requiredText, text, validate } from '../lib/validation.ts';
import { todayJst } from '../lib/time.ts';
import { recordAudit } from '../audit/log.ts';
import { untilDataChanges, type Db } from '../db/client.ts';
import { getSurveyWindows } from '../projects/queries.ts';
import { agencyUrl, currentAgencyToken } from '../agencies/links.ts';
import { publicOrigin } from '../agencies/origin.ts';
import {
  OnBehalfPage,
  QuestionEditPage,
  ResponseViewPage,
  SectionEditPage,
  StatusPage,
  TemplateJsonPage,
  TemplatePage,
} from '../../views/questionnaire/staff.tsx';
import { ResultsPage, resultsBodyHtml } from '../../views/questionnaire/results.tsx';
import {
  answeredCount,
  answersToFormValues,
  formToAnswers,
  orphanedBy,
  validateAnswers,
  type Answers,
} from './answers.ts';
import { aggregateTables, rawAnswersTable, tableToCsv, toXlsx } from './export.ts';
import {
  findProjectAgency,
  findResponse,
  getProjectTemplate,
  listRespondentAgencies,
  listResponses,
  saveProjectTemplate,
  saveResponse,
} from './queries.ts';
import { buildResults } from './results.ts';
import { checkTemplate, findQuestion, OTHER_OPTION, type Question, type Template } from './template.ts';
import { windowState } from './window.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';

type C = Context<AppEnv>;

function windowOf(c: C) {
  const w = getSurveyWindows(c.get('db'), c.get('project').id).questionnaire;
  return { ...w, state: windowState(w, todayJst()) };
}

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on');

/** One form for every question type; fields that do not apply to the type are ignored. */
const questionEditSchema = z.object({
  label: requiredText(500, '設問文'),
  help: text(1000, '補足説明').default(''),
  required: checkbox,
  options: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  other: checkbox,
  min: optionalInt('最小値', -1_000_000_000, 1_000_000_000).default(null),
  max: optionalInt('最大値', -1_000_000_000, 1_000_000_000).default(null),
  unit: text(20, '単位').default(''),
  long: checkbox,
});

const sectionEditSchema = z.object({
  heading: requiredText(200, '見出し'),
  help: text(2000, '説明').default(''),
});

function questionValues(q: Question): FormValues {
  const choices = q.type === 'single' || q.type === 'multi' ? q.options : [];
  return {
    label: q.label,
    help: q.help,
    required: q.required ? 'on' : '',
    options: choices.join('\n'),
    other: q.type === 'multi' && q.other ? 'on' : '',
    min: q.type === 'number' ? (q.min ?? '') : '',
    max: q.type === 'number' ? (q.max ?? '') : '',
    unit: q.type === 'number' || q.type === 'age_bands' ? q.unit : '',
    long: q.type === 'text' && q.long ? 'on' : '',
  };
}

function editedQuestion(q: Question, d: z.infer<typeof questionEditSchema>): Question {
  const base = { id: q.id, label: d.label, help: d.help, required: d.required };
  switch (q.type) {
    case 'single':
      return { ...base, type: 'single', options: d.options };
    case 'multi':
      // "その他" typed into the list means the option with its text box
      return {
        ...base,
        type: 'multi',
        options: d.options.filter((o) => o !== OTHER_OPTION),
        other: d.other || d.options.includes(OTHER_OPTION),
      };
    case 'number':
      return { ...base, type: 'number', min: d.min ?? undefined, max: d.max ?? undefined, unit: d.unit };
    case 'age_bands':
      return { ...base, type: 'age_bands', unit: d.unit || '人' };
    case 'text':
      return { ...base, type: 'text', long: d.long, maxLength: q.maxLength };
  }
}

/** Field of the per-question form that a template error path points at. */
function fieldOfPath(problem: string): string | null {
  const m = /^sections\[\d+\]\.questions\[\d+\]\.(\w+)/.exec(problem);
  return m && ['label', 'help', 'options', 'min', 'max', 'unit'].includes(m[1]) ? m[1] : null;
}

export function questionnaireRoutes() {
  const app = new Hono<AppEnv>();
  const base = (c: C) => `/projects/${c.get('project').id}/questionnaire`;

  /**
   * Validates a new template and refuses it when it would orphan stored answers. Returns the
   * problems, or saves (with an audit entry) and returns null.
   */
  function saveTemplate(c: C, candidate: unknown, detail: string): string[] | null {
    const db = c.get('db');
    const project = c.get('project');
    const checked = checkTemplate(candidate);
    if (!checked.ok) return checked.errors;
    const current = getProjectTemplate(db, project.id).template;
    const orphans = orphanedBy(
      current,
      checked.template,
      listResponses(db, project.id).map((r) => r.answers),
    );
    if (orphans.length) return orphans;
    db.transaction(() => {
      const version = saveProjectTemplate(db, project.id, checked.template);
      recordAudit(db, {
        projectId: project.id,
        actor: staffActor(c),
        action: 'update',
        entity: 'questionnaire_template',
        entityId: version,
        detail,
      });
    });
    return null;
  }

  /** The status list: one row per agency with its answers counted and its link. */
  function statusList(db: Db, projectId: number, origin: string) {
    const { template } = getProjectTemplate(db, projectId);
    const responses = new Map(listResponses(db, projectId).map((r) => [r.agencyId, r]));
    const rows = listRespondentAgencies(db, projectId).map((a) => {
      const r = responses.get(a.id);
      const token = currentAgencyToken(db, a);
      return {
        agency: a,
        status: r?.status ?? ('none' as const),
        savedAt: r?.savedAt ?? null,
        submittedAt: r?.submittedAt ?? null,
        enteredByStaff: r?.enteredByUserId != null,
        answered: r ? answeredCount(template, r.answers) : 0,
        url: token ? `${agencyUrl(origin, token)}/questionnaire` : null,
      };
    });
    const questionCount = template.sections.reduce((n, s) => n + s.questions.length, 0);
    return { rows, questionCount, title: template.title };
  }

  app.get('/', (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const origin = publicOrigin(c);
    // every agency's answers parsed and link derived: kept until the data changes
    const { rows, questionCount, title } = untilDataChanges(db, `questionnaire-status:${project.id}:${origin}`, () =>
      statusList(db, project.id, origin),
    );
    return c.render(
      <StatusPage project={project} window={windowOf(c)} rows={rows} questionCount={questionCount} title={title} />,
    );
  });

  // --- template ---

  app.get('/template', (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const t = getProjectTemplate(db, project.id);
    const flash =
      c.req.query('saved') !== undefined
        ? '設問を保存しました。'
        : c.req.query('copied') !== undefined
          ? '既定の設問をこのプロジェクトにコピーしました。各設問の「編集」から文言を変更できます。'
          : undefined;
    return c.render(
      <TemplatePage
        project={project}
        window={windowOf(c)}
        template={t.template}
        custom={t.custom}
        version={t.version}
        updatedAt={t.updatedAt}
        responseCount={listResponses(db, project.id).length}
        flash={flash}
      />,
    );
  });

  app.post('/template/copy', (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const t = getProjectTemplate(db, project.id);
    if (!t.custom) {
      db.transaction(() => {
        const version = saveProjectTemplate(db, project.id, t.template);
        recordAudit(db, {
          projectId: project.id,
          actor: staffActor(c),
          action: 'copy_default',
          entity: 'questionnaire_template',
          entityId: version,
        });
      });
    }
    return redirect(c, `${base(c)}/template?copied`);
  });

  /** Per-question and per-section edits work on the project's own copy only. */
  function customTemplate(c: C): Template | null {
    const t = getProjectTemplate(c.get('db'), c.get('project').id);
    return t.custom ? t.template : null;
  }

  app.get('/template/questions/:qid{[a-z][a-z0-9_]*}', (c) => {
    const t = customTemplate(c);
    const q = t && findQuestion(t, c.req.param('qid'));
    if (!q) return c.notFound();
    return c.render(
      <QuestionEditPage project={c.get('project')} window={windowOf(c)} question={q} values={questionValues(q)} />,
    );
  });

  app.post('/template/questions/:qid{[a-z][a-z0-9_]*}', async (c) => {
    const t = customTemplate(c);
    const q = t && findQuestion(t, c.req.param('qid'));
    if (!t || !q) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(questionEditSchema, form);
    const render = (errors?: FieldErrors, problems?: string[]) => {
      c.status(422);
      return c.render(
        <QuestionEditPage
          project={c.get('project')}
          window={windowOf(c)}
          question={q}
          values={form}
          errors={errors}
          problems={problems}
        />,
      );
    };
    if (!parsed.ok) return render(parsed.errors);
    const next = editedQuestion(q, parsed.data);
    const candidate = {
      ...t,
      sections: t.sections.map((s) => ({ ...s, questions: s.questions.map((x) => (x.id === q.id ? next : x)) })),
    };
    const problems = saveTemplate(c, candidate, `設問「${q.id}」を編集`);
    if (problems) {
      const errors: FieldErrors = {};
      for (const p of problems) {
        const field = fieldOfPath(p);
        if (field) errors[field] ??= p.replace(/^[^:]+: /, '');
      }
      return render(
        errors,
        problems.filter((p) => !fieldOfPath(p)),
      );
    }
    return redirect(c, `${base(c)}/template?saved`);
  });

  app.get('/template/sections/:idx{[0-9]+}', (c) => {
    const t = customTemplate(c);
    const s = t?.sections[Number(c.req.param('idx'))];
    if (!s) return c.notFound();
    return c.render(
      <SectionEditPage project={c.get('project')} window={windowOf(c)} index={Number(c.req.param('idx'))} values={s} />,
    );
  });

  app.post('/template/sections/:idx{[0-9]+}', async (c) => {
    const t = customTemplate(c);
    const idx = Number(c.req.param('idx'));
    if (!t?.sections[idx]) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(sectionEditSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return c.render(
        <SectionEditPage
          project={c.get('project')}
          window={windowOf(c)}
          index={idx}
          values={form}
          errors={parsed.errors}
        />,
      );
    }
    const candidate = { ...t, sections: t.sections.map((s, i) => (i === idx ? { ...s, ...parsed.data } : s)) };
    const problems = saveTemplate(c, candidate, `見出し「${parsed.data.heading}」を編集`);
    if (problems) {
      c.status(422);
      return c.render(
        <SectionEditPage
          project={c.get('project')}
          window={windowOf(c)}
          index={idx}
          values={form}
          errors={{ heading: problems.join(' ') }}
        />,
      );
    }
    return redirect(c, `${base(c)}/template?saved`);
  });

  app.get('/template/json', (c) => {
    const t = customTemplate(c);
    if (!t) return redirect(c, `${base(c)}/template`);
    return c.render(
      <TemplateJsonPage project={c.get('project')} window={windowOf(c)} json={JSON.stringify(t, null, 2)} />,
    );
  });

  app.post('/template/json', async (c) => {
    if (!customTemplate(c)) return redirect(c, `${base(c)}/template`);
    const form = await readForm(c);
    const json = typeof form.json === 'string' ? form.json : '';
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (e) {
      c.status(422);
      return c.render(
        <TemplateJsonPage
          project={c.get('project')}
          window={windowOf(c)}
          json={json}
          problems={[`JSONとして読み取れません：${(e as Error).message}`]}
        />,
      );
    }
    const problems = saveTemplate(c, raw, 'JSONで設問全体を編集');
    if (problems) {
      c.status(422);
      return c.render(
        <TemplateJsonPage project={c.get('project')} window={windowOf(c)} json={json} problems={problems} />,
      );
    }
    return redirect(c, `${base(c)}/template?saved`);
  });

  // --- responses ---

  /** The agency of this project named in the URL (404 for another project's agency). */
  function agencyOf(c: C) {
    const aid = idParam(c, 'aid');
    return aid ? findProjectAgency(c.get('db'), c.get('project').id, aid) : undefined;
  }

  app.get('/responses/:aid{[0-9]+}', (c) => {
    const agency = agencyOf(c);
    if (!agency) return c.notFound();
    const db = c.get('db');
    const project = c.get('project');
    const r = findResponse(db, project.id, agency.id);
    if (!r) return redirect(c, `${base(c)}/responses/${agency.id}/edit`);
    return c.render(
      <ResponseViewPage
        project={project}
        window={windowOf(c)}
        agencyName={agency.name}
        agencyId={agency.id}
        template={getProjectTemplate(db, project.id).template}
        answers={r.answers}
        status={r.status}
        savedAt={r.savedAt}
        submittedAt={r.submittedAt}
        enteredByStaff={r.enteredByUserId != null}
      />,
    );
  });

  function renderOnBehalf(
    c: C,
    agency: { id: number; name: string },
    answers: Answers,
    extra: { errors?: FieldErrors; saved?: boolean } = {},
  ) {
    const template = getProjectTemplate(c.get('db'), c.get('project').id).template;
    return c.render(
      <OnBehalfPage
        project={c.get('project')}
        window={windowOf(c)}
        agencyName={agency.name}
        agencyId={agency.id}
        template={template}
        answers={answers}
        values={answersToFormValues(template, answers)}
        errors={extra.errors}
        saved={extra.saved}
      />,
    );
  }

  app.get('/responses/:aid{[0-9]+}/edit', (c) => {
    const agency = agencyOf(c);
    if (!agency) return c.notFound();
    const r = findResponse(c.get('db'), c.get('project').id, agency.id);
    return renderOnBehalf(c, agency, r?.answers ?? {}, { saved: c.req.query('saved') !== undefined });
  });

  // Staff save explicitly (no autosave), so every save is one audited act for that agency.
  app.post('/responses/:aid{[0-9]+}/edit', async (c) => {
    const agency = agencyOf(c);
    if (!agency) return c.notFound();
    const db = c.get('db');
    const project = c.get('project');
    const user = c.get('user')!;
    const template = getProjectTemplate(db, project.id).template;
    const form = await readForm(c);
    const answers = formToAnswers(template, form);
    const submit = form._intent === 'submit';
    const errors = submit ? validateAnswers(template, answers) : {};
    const ok = Object.keys(errors).length === 0;
    const status = submit && ok ? 'submitted' : 'draft';
    // a failed correction must not turn the agency's submitted answers back into a draft
    const keepSubmitted = !ok && findResponse(db, project.id, agency.id)?.status === 'submitted';
    if (!keepSubmitted) {
      db.transaction(() => {
        saveResponse(db, { projectId: project.id, agencyId: agency.id, answers, status, enteredByUserId: user.id });
        recordAudit(db, {
          projectId: project.id,
          actor: staffActor(c),
          action: status === 'submitted' ? 'submit_on_behalf' : 'save_on_behalf',
          entity: 'questionnaire_response',
          entityId: agency.id,
          detail: `${agency.name}の回答を事務局が代理入力（${status === 'submitted' ? '提出' : '下書き保存'}）`,
        });
      });
    }
    if (!ok) {
      c.status(422);
      return renderOnBehalf(c, agency, answers, { errors });
    }
    return submit
      ? redirect(c, `${base(c)}/responses/${agency.id}`)
      : redirect(c, `${base(c)}/responses/${agency.id}/edit?saved`);
  });

  // --- results and exports ---

  function resultInputs(c: C) {
    const db = c.get('db');
    const project = c.get('project');
    const template = getProjectTemplate(db, project.id).template;
    const agencies = listRespondentAgencies(db, project.id);
    const listed = new Set(agencies.map((a) => a.id));
    const responses = listResponses(db, project.id).filter((r) => listed.has(r.agencyId));
    return { template, agencies, responses, results: buildResults(template, agencies, responses) };
  }

  app.get('/results', (c) => {
    const project = c.get('project');
    // results are looked at (and projected) far more often than answers change
    const body = untilDataChanges(c.get('db'), `questionnaire-results:${project.id}`, () =>
      resultsBodyHtml(resultInputs(c).results),
    );
    return c.render(<ResultsPage project={project} window={windowOf(c)} body={body} />);
  });

  function exportName(c: C, ext: string) {
    const p = c.get('project');
    const name = `アンケート_${p.name}_${todayJst()}.${ext}`;
    return `attachment; filename="questionnaire-${p.id}.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`;
  }

  function auditExport(c: C, format: string) {
    recordAudit(c.get('db'), {
      projectId: c.get('project').id,
      actor: staffActor(c),
      action: 'export',
      entity: 'questionnaire',
      detail: format,
    });
  }

  app.get('/export.xlsx', async (c) => {
    const { template, agencies, responses, results } = resultInputs(c);
    const body = await toXlsx(rawAnswersTable(template, agencies, responses), aggregateTables(results));
    auditExport(c, 'xlsx');
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': exportName(c, 'xlsx'),
      'Cache-Control': 'private, no-store',
    });
  });

  app.get('/export.csv', (c) => {
    const { template, agencies, responses } = resultInputs(c);
    auditExport(c, 'csv');
    return c.body(tableToCsv(rawAnswersTable(template, agencies, responses)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': exportName(c, 'csv'),
      'Cache-Control': 'private, no-store',
    });
  });

  return app;
}
