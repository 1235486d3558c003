// Every state change of the questionnaire: one function per action, each writing inside one
// transaction together with its audit entry. Inputs are already parsed (routes do the HTTP).
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { FieldErrors } from '../http/form.ts';
import { orphanedBy, validateAnswers, type Answers } from './answers.ts';
import {
  findCustomTemplate,
  findProjectAgency,
  findResponse,
  getProjectTemplate,
  getQuestionnaireWindow,
  listResponses,
  reopenResponse,
  saveProjectTemplate,
  saveResponse,
  type QuestionnaireResponse,
} from './queries.ts';
import type { QuestionEdit, SectionEdit } from './schemas.ts';
import {
  checkTemplate,
  checkTemplateJson,
  findQuestion,
  OTHER_OPTION,
  type Question,
  type TemplateCheck,
} from './template.ts';

// --- template (staff) ---

export type TemplateSaveResult =
  | { ok: true; version: number }
  | { ok: false; reason: 'not_custom' | 'not_found' }
  | { ok: false; reason: 'invalid'; problems: string[] };

/**
 * Validates a new template and refuses it when it would orphan stored answers; otherwise saves
 * it with an audit entry.
 */
function saveTemplate(
  db: Db,
  actor: Actor,
  projectId: number,
  checked: TemplateCheck,
  detail: string,
): TemplateSaveResult {
  if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.errors };
  const current = getProjectTemplate(db, projectId).template;
  const orphans = orphanedBy(
    current,
    checked.template,
    listResponses(db, projectId).map((r) => r.answers),
  );
  if (orphans.length) return { ok: false, reason: 'invalid', problems: orphans };
  return db.transaction(() => {
    const version = saveProjectTemplate(db, projectId, checked.template);
    recordAudit(db, {
      projectId,
      actor,
      action: 'update',
      entity: 'questionnaire_template',
      entityId: version,
      detail,
    });
    return { ok: true as const, version };
  });
}

export type CopyDefaultResult = { ok: true; version: number | null };

/** Staff copy the default template into the project so it can be edited (no-op once copied). */
export function copyDefaultTemplate(db: Db, actor: Actor, input: { projectId: number }): CopyDefaultResult {
  const t = getProjectTemplate(db, input.projectId);
  if (t.custom) return { ok: true, version: null };
  return db.transaction(() => {
    const version = saveProjectTemplate(db, input.projectId, t.template);
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'copy_default',
      entity: 'questionnaire_template',
      entityId: version,
    });
    return { ok: true as const, version };
  });
}

function editedQuestion(q: Question, d: QuestionEdit): Question {
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

/** Staff edit one question of the project's own template (audited). */
export function editQuestion(
  db: Db,
  actor: Actor,
  input: { projectId: number; questionId: string; edit: QuestionEdit },
): TemplateSaveResult {
  const t = findCustomTemplate(db, input.projectId);
  if (!t) return { ok: false, reason: 'not_custom' };
  const q = findQuestion(t, input.questionId);
  if (!q) return { ok: false, reason: 'not_found' };
  const next = editedQuestion(q, input.edit);
  const candidate = {
    ...t,
    sections: t.sections.map((s) => ({ ...s, questions: s.questions.map((x) => (x.id === q.id ? next : x)) })),
  };
  return saveTemplate(db, actor, input.projectId, checkTemplate(candidate), `設問「${q.id}」を編集`);
}

/** Staff edit the heading and help of one section of the project's own template (audited). */
export function editSection(
  db: Db,
  actor: Actor,
  input: { projectId: number; index: number; edit: SectionEdit },
): TemplateSaveResult {
  const t = findCustomTemplate(db, input.projectId);
  if (!t) return { ok: false, reason: 'not_custom' };
  if (!t.sections[input.index]) return { ok: false, reason: 'not_found' };
  const candidate = {
    ...t,
    sections: t.sections.map((s, i) => (i === input.index ? { ...s, ...input.edit } : s)),
  };
  return saveTemplate(db, actor, input.projectId, checkTemplate(candidate), `見出し「${input.edit.heading}」を編集`);
}

/** Staff replace the whole template of the project's own copy with JSON text (audited). */
export function replaceTemplateJson(
  db: Db,
  actor: Actor,
  input: { projectId: number; json: string },
): TemplateSaveResult {
  if (!findCustomTemplate(db, input.projectId)) return { ok: false, reason: 'not_custom' };
  return saveTemplate(db, actor, input.projectId, checkTemplateJson(input.json), 'JSONで設問全体を編集');
}

// --- answers entered by staff on an agency's behalf ---

export type OnBehalfResult =
  | { ok: true; status: 'draft' | 'submitted' }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid'; errors: FieldErrors };

/**
 * Staff save (or submit) an agency's answers received on paper or by mail. Every save is one
 * audited act for that agency; a failed submit is kept as a draft, except that a failed
 * correction never turns submitted answers back into a draft.
 */
export function saveAnswersOnBehalf(
  db: Db,
  actor: Actor,
  input: { projectId: number; agencyId: number; userId: number; answers: Answers; submit: boolean },
): OnBehalfResult {
  const agency = findProjectAgency(db, input.projectId, input.agencyId);
  if (!agency) return { ok: false, reason: 'not_found' };
  const template = getProjectTemplate(db, input.projectId).template;
  const errors = input.submit ? validateAnswers(template, input.answers) : {};
  const ok = Object.keys(errors).length === 0;
  const status = input.submit && ok ? 'submitted' : 'draft';
  const keepSubmitted = !ok && findResponse(db, input.projectId, agency.id)?.status === 'submitted';
  if (!keepSubmitted) {
    db.transaction(() => {
      saveResponse(db, {
        projectId: input.projectId,
        agencyId: agency.id,
        answers: input.answers,
        status,
        enteredByUserId: input.userId,
      });
      recordAudit(db, {
        projectId: input.projectId,
        actor,
        action: status === 'submitted' ? 'submit_on_behalf' : 'save_on_behalf',
        entity: 'questionnaire_response',
        entityId: agency.id,
        detail: `${agency.name}の回答を事務局が代理入力（${status === 'submitted' ? '提出' : '下書き保存'}）`,
      });
    });
  }
  return ok ? { ok: true, status } : { ok: false, reason: 'invalid', errors };
}

/** Staff download the answers as a spreadsheet (audited). */
export function recordExport(db: Db, actor: Actor, input: { projectId: number; format: 'xlsx' | 'csv' }): { ok: true } {
  db.transaction(() => {
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'export',
      entity: 'questionnaire',
      detail: input.format,
    });
  });
  return { ok: true };
}

// --- the agency's own answers ---

type AgencyInput = { projectId: number; agencyId: number };

export type AgencySaveResult =
  | { ok: true; response: QuestionnaireResponse }
  | { ok: false; reason: 'closed' | 'submitted' }
  | { ok: false; reason: 'invalid'; errors: FieldErrors; response: QuestionnaireResponse };

/** Why the agency may not change its answers now: outside the window, or already submitted. */
function agencyRefusal(db: Db, input: AgencyInput): 'closed' | 'submitted' | null {
  if (getQuestionnaireWindow(db, input.projectId).state !== 'open') return 'closed';
  // a submitted response changes only after "回答を修正する"; a stale tab must not overwrite it
  if (findResponse(db, input.projectId, input.agencyId)?.status === 'submitted') return 'submitted';
  return null;
}

const saveDraft = (db: Db, input: AgencyInput & { answers: Answers }) =>
  saveResponse(db, {
    projectId: input.projectId,
    agencyId: input.agencyId,
    answers: input.answers,
    status: 'draft',
    enteredByUserId: null,
  });

/** The agency saves a draft (the explicit button and every autosave); drafts keep invalid input. */
export function saveAgencyDraft(db: Db, input: AgencyInput & { answers: Answers }): AgencySaveResult {
  const refusal = agencyRefusal(db, input);
  if (refusal) return { ok: false, reason: refusal };
  return { ok: true, response: saveDraft(db, input) };
}

/** The agency submits its answers (audited); when they are incomplete they are kept as a draft. */
export function submitAgencyAnswers(db: Db, actor: Actor, input: AgencyInput & { answers: Answers }): AgencySaveResult {
  const refusal = agencyRefusal(db, input);
  if (refusal) return { ok: false, reason: refusal };
  const template = getProjectTemplate(db, input.projectId).template;
  const errors = validateAnswers(template, input.answers);
  // the input is kept as a draft, so a failed submit never loses anything
  if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors, response: saveDraft(db, input) };
  return db.transaction(() => {
    const response = saveResponse(db, {
      projectId: input.projectId,
      agencyId: input.agencyId,
      answers: input.answers,
      status: 'submitted',
      enteredByUserId: null,
    });
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'submit',
      entity: 'questionnaire_response',
      entityId: input.agencyId,
    });
    return { ok: true as const, response };
  });
}

export type AgencyReopenResult = { ok: true; reopened: boolean } | { ok: false; reason: 'closed' };

/** The agency turns its submitted answers back into a draft to change them (audited). */
export function reopenAgencyAnswers(db: Db, actor: Actor, input: AgencyInput): AgencyReopenResult {
  if (getQuestionnaireWindow(db, input.projectId).state !== 'open') return { ok: false, reason: 'closed' };
  if (findResponse(db, input.projectId, input.agencyId)?.status !== 'submitted') return { ok: true, reopened: false };
  db.transaction(() => {
    reopenResponse(db, input.projectId, input.agencyId);
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'reopen',
      entity: 'questionnaire_response',
      entityId: input.agencyId,
    });
  });
  return { ok: true, reopened: true };
}
