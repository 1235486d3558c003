// Every state change of the problems → issues table, one function each: it checks what needs the
// database (the row and every cited source belong to the project), writes inside one transaction
// together with its audit entry (entity `issue_row`), and says what happened. Input is already
// parsed by the schemas in ./schemas.ts.
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { IssueRowInput } from './schemas.ts';
import {
  addSource,
  deleteIssueRow,
  findIssueRow,
  insertIssueRow,
  moveIssueRow,
  refBelongs,
  removeSource,
  startRef,
  updateIssueRow,
  type IssueRow,
  type SourceRef,
} from './queries.ts';

type NotFound = { ok: false; reason: 'not_found' };
export type IssueRowResult = { ok: true } | NotFound;

const audit = (db: Db, actor: Actor, projectId: number, action: string, rowId: number, detail = '') =>
  recordAudit(db, { projectId, actor, action, entity: 'issue_row', entityId: rowId, detail });

const notFound = { ok: false, reason: 'not_found' } as const;

/** Staff add a row at the end, citing what it was started from and the chosen meeting (audited). */
export function addIssueRow(
  db: Db,
  actor: Actor,
  input: { projectId: number; row: IssueRowInput },
): { ok: true; row: IssueRow } | NotFound {
  const { projectId, row: values } = input;
  const refs = [
    startRef(values),
    values.meetingId ? ({ kind: 'meeting', meetingId: values.meetingId } as const) : null,
  ].filter((r): r is SourceRef => r !== null);
  return db.transaction(() => {
    if (refs.some((r) => !refBelongs(db, projectId, r))) return notFound;
    const row = insertIssueRow(db, projectId, values, refs);
    audit(db, actor, projectId, 'create', row.id, row.problem.slice(0, 60));
    return { ok: true as const, row };
  });
}

/** Staff save a row's problem, issue, status and next step (audited). */
export function editIssueRow(
  db: Db,
  actor: Actor,
  input: { projectId: number; rowId: number; row: IssueRowInput },
): IssueRowResult {
  return db.transaction(() => {
    if (!findIssueRow(db, input.projectId, input.rowId)) return notFound;
    updateIssueRow(db, input.projectId, input.rowId, input.row);
    audit(db, actor, input.projectId, 'update', input.rowId, input.row.problem.slice(0, 60));
    return { ok: true as const };
  });
}

/** Staff swap a row with its neighbour above or below; at either end nothing changes (and nothing is audited). */
export function reorderIssueRow(
  db: Db,
  actor: Actor,
  input: { projectId: number; rowId: number; direction: 'up' | 'down' },
): { ok: true; moved: boolean } | NotFound {
  return db.transaction(() => {
    if (!findIssueRow(db, input.projectId, input.rowId)) return notFound;
    const moved = moveIssueRow(db, input.projectId, input.rowId, input.direction);
    if (moved) audit(db, actor, input.projectId, `move_${input.direction}`, input.rowId);
    return { ok: true as const, moved };
  });
}

/** Staff cite a case and/or a meeting as a row's sources (audited). */
export function linkIssueSources(
  db: Db,
  actor: Actor,
  input: { projectId: number; rowId: number; caseId: number | null; meetingId: number | null },
): IssueRowResult {
  const refs: SourceRef[] = [];
  if (input.caseId) refs.push({ kind: 'case', caseId: input.caseId });
  if (input.meetingId) refs.push({ kind: 'meeting', meetingId: input.meetingId });
  return db.transaction(() => {
    if (!findIssueRow(db, input.projectId, input.rowId)) return notFound;
    if (refs.some((r) => !refBelongs(db, input.projectId, r))) return notFound;
    refs.forEach((r) => addSource(db, input.rowId, r));
    audit(db, actor, input.projectId, 'add_source', input.rowId, refs.map((r) => r.kind).join(','));
    return { ok: true as const };
  });
}

/** Staff remove one source from a row (audited). */
export function unlinkIssueSource(
  db: Db,
  actor: Actor,
  input: { projectId: number; rowId: number; sourceId: number },
): IssueRowResult {
  return db.transaction(() => {
    if (!findIssueRow(db, input.projectId, input.rowId) || !removeSource(db, input.rowId, input.sourceId))
      return notFound;
    audit(db, actor, input.projectId, 'remove_source', input.rowId);
    return { ok: true as const };
  });
}

/** Staff delete a row with its sources (audited). */
export function removeIssueRow(db: Db, actor: Actor, input: { projectId: number; rowId: number }): IssueRowResult {
  return db.transaction(() => {
    const row = findIssueRow(db, input.projectId, input.rowId);
    if (!row) return notFound;
    deleteIssueRow(db, input.projectId, row.id);
    audit(db, actor, input.projectId, 'delete', row.id, row.problem.slice(0, 60));
    return { ok: true as const };
  });
}
