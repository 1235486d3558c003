import { and, count, desc, eq, gt, gte, isNull, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import type { AuditFilter } from './schemas.ts';

export type AuditEntry = typeof auditLog.$inferSelect;
export const AUDIT_PAGE_SIZE = 50;

/** Midnight JST of a YYYY-MM-DD day as the UTC instant entries are stored in. */
const jstMidnight = (ymd: string, addDays = 0) =>
  new Date(Date.parse(`${ymd}T00:00:00+09:00`) + addDays * 86_400_000).toISOString();

function scopeOf(projectId: number, scope: AuditFilter['scope']): SQL {
  return scope === 'installation' ? isNull(auditLog.projectId) : eq(auditLog.projectId, projectId);
}

function whereOf(projectId: number, f: AuditFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [scopeOf(projectId, f.scope)];
  if (f.actor) {
    const [kind, rest] = [f.actor.slice(0, f.actor.indexOf(':')), f.actor.slice(f.actor.indexOf(':') + 1)];
    parts.push(eq(auditLog.actorKind, kind as AuditEntry['actorKind']));
    parts.push(kind === 'system' ? eq(auditLog.actorLabel, rest) : eq(auditLog.actorId, Number(rest)));
  }
  if (f.action) parts.push(eq(auditLog.action, f.action));
  if (f.from) parts.push(gte(auditLog.at, jstMidnight(f.from)));
  if (f.to) parts.push(lt(auditLog.at, jstMidnight(f.to, 1)));
  return and(...parts);
}

/** One page of the filtered log, newest first (page numbers start at 1). */
export function auditPage(
  db: Db,
  projectId: number,
  filter: AuditFilter,
  size = AUDIT_PAGE_SIZE,
): { rows: AuditEntry[]; total: number } {
  const where = whereOf(projectId, filter);
  const total = db.select({ n: count() }).from(auditLog).where(where).get()!.n;
  const rows = db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(size)
    .offset((filter.page - 1) * size)
    .all();
  return { rows, total };
}

/** Every filtered entry, newest first (the CSV export). */
export function auditEntries(db: Db, projectId: number, filter: AuditFilter): AuditEntry[] {
  return db.select().from(auditLog).where(whereOf(projectId, filter)).orderBy(desc(auditLog.id)).all();
}

/** The people and actions that occur in a scope, for the filter menus. */
export function auditChoices(db: Db, projectId: number, scope: AuditFilter['scope']) {
  const where = scopeOf(projectId, scope);
  const people = db
    .selectDistinct({ kind: auditLog.actorKind, id: auditLog.actorId, label: auditLog.actorLabel })
    .from(auditLog)
    .where(where)
    .orderBy(auditLog.actorKind, auditLog.actorLabel)
    .all();
  const actions = db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .where(where)
    .orderBy(auditLog.action)
    .all()
    .map((r) => r.action);
  // one entry per person: a staff member renamed later keeps one id
  const byKey = new Map<string, string>();
  for (const p of people)
    byKey.set(p.kind === 'system' || p.id === null ? `system:${p.label}` : `${p.kind}:${p.id}`, p.label);
  return { people: [...byKey].map(([value, label]) => ({ value, label })), actions };
}

/** The newest entry's id: a request compares it before and after to see what it recorded. */
export function lastAuditId(db: Db): number {
  return db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()?.id ?? 0;
}

/** Whether an export of the project was recorded after entry `since` (a route that audits its own). */
export function exportRecordedSince(db: Db, projectId: number, since: number): boolean {
  return !!db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(gt(auditLog.id, since), eq(auditLog.projectId, projectId), eq(auditLog.action, 'export')))
    .get();
}
