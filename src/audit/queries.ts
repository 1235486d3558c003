import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';

export type AuditEntry = typeof auditLog.$inferSelect;
export const AUDIT_PAGE_SIZE = 50;

/** One page of a project's audit log, newest first (page numbers start at 1). */
export function auditPage(
  db: Db,
  projectId: number,
  page: number,
  size = AUDIT_PAGE_SIZE,
): { rows: AuditEntry[]; total: number } {
  const total = db.select({ n: count() }).from(auditLog).where(eq(auditLog.projectId, projectId)).get()!.n;
  const rows = db
    .select()
    .from(auditLog)
    .where(eq(auditLog.projectId, projectId))
    .orderBy(desc(auditLog.id))
    .limit(size)
    .offset((page - 1) * size)
    .all();
  return { rows, total };
}
