import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';

export type Actor =
  | { kind: 'staff'; id: number; label: string }
  | { kind: 'agency'; id: number; label: string }
  | { kind: 'participant'; id: number; label: string }
  | { kind: 'system'; label: string };

export function recordAudit(
  db: Db,
  entry: {
    projectId: number | null;
    actor: Actor;
    action: string;
    entity: string;
    entityId?: string | number;
    detail?: string;
  },
): void {
  db.insert(auditLog)
    .values({
      projectId: entry.projectId,
      actorKind: entry.actor.kind,
      actorId: 'id' in entry.actor ? entry.actor.id : null,
      actorLabel: entry.actor.label,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      detail: entry.detail ?? '',
    })
    .run();
}

export function listAudit(db: Db, projectId: number, limit = 500) {
  return db
    .select()
    .from(auditLog)
    .where(eq(auditLog.projectId, projectId))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}
