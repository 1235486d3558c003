// State changes of the agency list, one function per action. Each checks what needs the database
// (a key already in use, the CSV against the agencies already registered), writes inside one
// transaction together with its audit entry, and returns a result union.
import type { Db } from '../db/client.ts';
import type { FieldErrors } from '../http/form.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { issueAgencyLink, revokeAgencyLink } from './links.ts';
import { existingAgencies, insertAgencies, keyTaken, setAgencyArchived, updateAgency, type Agency } from './queries.ts';
import { analyseImport, type ImportPreview } from './import.ts';
import type { AgencyInput } from './schemas.ts';

const auditAgency = (db: Db, agency: Agency, actor: Actor, action: string, detail: string) =>
  recordAudit(db, { projectId: agency.projectId, actor, action, entity: 'agency', entityId: agency.id, detail });

const keyInUse = (key: string): FieldErrors => ({ key: `キー「${key}」は既に使われています` });

export type CreateAgencyResult = { ok: true; agency: Agency } | { ok: false; errors: FieldErrors };

/** Staff register one agency; its link is issued at once (audited). */
export function createAgency(
  db: Db,
  actor: Actor,
  input: { projectId: number; agency: AgencyInput },
): CreateAgencyResult {
  const { projectId, agency: data } = input;
  if (data.key && keyTaken(db, projectId, data.key)) return { ok: false, errors: keyInUse(data.key) };
  return db.transaction(() => {
    const [agency] = insertAgencies(db, projectId, [data]);
    auditAgency(db, agency, actor, 'create', `${agency.name}（${agency.key}）`);
    return { ok: true as const, agency };
  });
}

export type EditAgencyResult = { ok: true } | { ok: false; errors: FieldErrors };

/** Staff change an agency's details; the key stays required and unique (audited). */
export function editAgency(db: Db, actor: Actor, input: { agency: Agency; changes: AgencyInput }): EditAgencyResult {
  const { agency, changes } = input;
  if (!changes.key) return { ok: false, errors: { key: 'キーを入力してください' } };
  if (keyTaken(db, agency.projectId, changes.key, agency.id)) return { ok: false, errors: keyInUse(changes.key) };
  db.transaction(() => {
    updateAgency(db, agency.projectId, agency.id, changes);
    auditAgency(db, agency, actor, 'update', `${changes.name}（${changes.key}）`);
  });
  return { ok: true };
}

/** Staff archive an agency (its link stops working) or bring it back (audited). */
export function archiveAgency(db: Db, actor: Actor, input: { agency: Agency; archived: boolean }): void {
  const { agency, archived } = input;
  db.transaction(() => {
    setAgencyArchived(db, agency.projectId, agency.id, archived);
    auditAgency(db, agency, actor, archived ? 'archive' : 'unarchive', agency.name);
  });
}

export type ImportAgenciesResult = { ok: true; count: number } | { ok: false; preview: ImportPreview };

/**
 * Registers every row of a confirmed CSV import, each with its link (audited per agency and once
 * for the import). The CSV is checked again against the agencies registered by now; a file with
 * any problem registers nothing and comes back as a preview.
 */
export function importAgencies(db: Db, actor: Actor, input: { projectId: number; csv: string }): ImportAgenciesResult {
  const { projectId } = input;
  return db.transaction((): ImportAgenciesResult => {
    const preview = analyseImport(input.csv, existingAgencies(db, projectId));
    if (!preview.valid) return { ok: false, preview };
    const rows = insertAgencies(db, projectId, preview.valid);
    for (const row of rows) auditAgency(db, row, actor, 'create', `${row.name}（${row.key}）CSV取り込み`);
    recordAudit(db, { projectId, actor, action: 'import', entity: 'agency', detail: `CSVから${rows.length}件を登録` });
    return { ok: true, count: rows.length };
  });
}

/** Staff issue a link (when stopped) or reissue it: a fresh token, the old one stops working (audited). */
export function issueLink(db: Db, actor: Actor, input: { agency: Agency; action: 'issue' | 'reissue' }): void {
  db.transaction(() => {
    issueAgencyLink(db, input.agency.id);
    auditAgency(db, input.agency, actor, `link_${input.action}`, input.agency.name);
  });
}

/** Staff stop an agency's link; the agency can no longer open its pages (audited). */
export function revokeLink(db: Db, actor: Actor, input: { agency: Agency }): void {
  db.transaction(() => {
    revokeAgencyLink(db, input.agency.id);
    auditAgency(db, input.agency, actor, 'link_revoke', input.agency.name);
  });
}

/** Records that staff mailed agencies their link or a reminder (audited, one entry per agency). */
export function recordAgencyMails(db: Db, actor: Actor, input: { kind: 'link' | 'reminder'; sent: Agency[] }): void {
  db.transaction(() => {
    for (const agency of input.sent)
      auditAgency(db, agency, actor, input.kind === 'link' ? 'link_mail' : 'reminder_mail', agency.contactEmail);
  });
}
