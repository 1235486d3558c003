// State changes of the minutes (議事録): autosaved draft, issue as a numbered version (never
// changed afterwards), and an action item turned into a row of the 問題点→課題 table.
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { nowIso } from '../lib/time.ts';
import type { Meeting } from '../meetings/queries.ts';
import { scanFields, type FieldFinding } from '../cases/pii.ts';
import { addIssueRow } from '../issuesTable/commands.ts';
import { findDraft, insertVersion, latestVersion, upsertDraft, type MinutesVersion } from './queries.ts';
import { minutesTexts, type MinutesContent } from './content.ts';
import { applyEdit } from './draft.ts';
import type { MinutesEditInput } from './schemas.ts';
import type { AttendanceList } from '../attendance/summary.ts';

const audit = (db: Db, actor: Actor, m: Meeting, action: string, detail = '') =>
  recordAudit(db, { projectId: m.projectId, actor, action, entity: 'minutes', entityId: m.key, detail });

/** Staff save (or autosave) the draft. */
export function saveMinutesDraft(
  db: Db,
  actor: Actor,
  meeting: Meeting,
  base: MinutesContent,
  edit: MinutesEditInput,
): { ok: true; savedAt: string } {
  const at = nowIso();
  db.transaction(() => {
    upsertDraft(db, meeting.projectId, meeting.id, applyEdit(base, edit), at);
    audit(db, actor, meeting, 'save');
  });
  return { ok: true, savedAt: at };
}

export type IssueMinutesResult =
  | { ok: true; version: MinutesVersion }
  | { ok: false; reason: 'no_draft' }
  | { ok: false; reason: 'pii'; findings: FieldFinding[] };

/** Issues the saved draft as the next version, unless the guard flags text nobody confirmed. */
export function issueMinutes(
  db: Db,
  actor: Actor & { kind: 'staff' },
  meeting: Meeting,
  input: { attendance: AttendanceList; confirmPii: boolean },
): IssueMinutesResult {
  const draft = findDraft(db, meeting.id);
  if (!draft) return { ok: false, reason: 'no_draft' };
  const fields = Object.fromEntries(minutesTexts(draft.content).map((t) => [t.field, t.text]));
  const findings = scanFields(fields, []);
  if (findings.length && !input.confirmPii) return { ok: false, reason: 'pii', findings };
  return db.transaction(() => {
    const version = insertVersion(db, {
      projectId: meeting.projectId,
      meetingId: meeting.id,
      version: (latestVersion(db, meeting.id)?.version ?? 0) + 1,
      content: {
        ...draft.content,
        issued: { title: meeting.title, date: meeting.date, attendance: input.attendance },
      },
      issuedAt: nowIso(),
      issuedByUserId: actor.id,
    });
    audit(db, actor, meeting, 'issue', `第${version.version}版`);
    return { ok: true as const, version };
  });
}

/** Turns one action item of the draft into an issue row citing the meeting (once). */
export function actionToIssue(
  db: Db,
  actor: Actor,
  meeting: Meeting,
  index: number,
): { ok: true; rowId: number } | { ok: false; reason: 'not_found' | 'already' } {
  const draft = findDraft(db, meeting.id);
  const action = draft?.content.actions[index];
  if (!draft || !action) return { ok: false, reason: 'not_found' };
  if (action.issueRowId) return { ok: false, reason: 'already' };
  return db.transaction(() => {
    const added = addIssueRow(db, actor, {
      projectId: meeting.projectId,
      row: {
        problem: action.text,
        issue: '',
        status: 'not_started',
        nextStep: '',
        fromTheme: null,
        fromPassage: null,
        fromCase: null,
        meetingId: meeting.id,
      },
    });
    if (!added.ok) return { ok: false as const, reason: 'not_found' as const };
    const actions = draft.content.actions.map((a, i) => (i === index ? { ...a, issueRowId: added.row.id } : a));
    upsertDraft(db, meeting.projectId, meeting.id, { ...draft.content, actions }, nowIso());
    audit(db, actor, meeting, 'action_to_issue', action.text.slice(0, 60));
    return { ok: true as const, rowId: added.row.id };
  });
}
