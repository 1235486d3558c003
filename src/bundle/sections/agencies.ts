import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { agencies } from '../../db/schema.ts';
import { issueAgencyLink } from '../../agencies/links.ts';
import { checkUniqueKeys, defineSection } from '../section.ts';
import { bundleKey, EMAIL, emailOrEmpty, instant, requiredText, text } from '../primitives.ts';

export const AGENCY_FIELD_VALUES = ['health_medical', 'welfare_ibasho', 'employment', 'education', 'other'] as const;

const age = z.number().int().min(0).max(120).nullable().optional();

const agency = z
  .strictObject({
    key: bundleKey,
    name: requiredText(200),
    kind: requiredText(100),
    field: z.enum(AGENCY_FIELD_VALUES),
    ageMin: age,
    ageMax: age,
    /** The contact person; before contactEmail existed it could also hold the address. */
    contact: text(300).optional(),
    // extensions (README "Bundle extensions"): absent in older bundles
    contactEmail: emailOrEmpty.optional(),
    /** Archived (no longer asked, link disabled) since this instant. */
    archivedAt: instant.optional(),
  })
  .refine((a) => a.ageMin == null || a.ageMax == null || a.ageMin <= a.ageMax, {
    message: '対象年齢の下限が上限より大きくなっています',
    path: ['ageMax'],
  });

export type AgencyPart = z.infer<typeof agency>;

/**
 * Person and address from a bundle without contactEmail: older bundles put an address alone in
 * `contact`, and older exports wrote "person address" there.
 */
export function splitLegacyContact(contact: string): { name: string; email: string } {
  if (EMAIL.test(contact)) return { name: '', email: contact };
  const m = /^(.*\S)\s+(\S+)$/.exec(contact);
  return m && EMAIL.test(m[2]) ? { name: m[1], email: m[2] } : { name: contact, email: '' };
}

export const agenciesSection = defineSection<AgencyPart[]>({
  key: 'agencies',
  label: '機関',
  schema: z.array(agency),
  check(list, ctx) {
    checkUniqueKeys(list, 'agencies', '機関', ctx);
  },
  importer(db, list, ctx) {
    for (const a of list) {
      const contact =
        a.contactEmail === undefined
          ? splitLegacyContact(a.contact ?? '')
          : { name: a.contact ?? '', email: a.contactEmail };
      const row = db
        .insert(agencies)
        .values({
          projectId: ctx.projectId,
          key: a.key,
          name: a.name,
          kind: a.kind,
          field: a.field,
          ageMin: a.ageMin ?? null,
          ageMax: a.ageMax ?? null,
          contactName: contact.name,
          contactEmail: contact.email,
          archivedAt: a.archivedAt ? new Date(a.archivedAt).toISOString() : null,
        })
        .returning({ id: agencies.id })
        .get();
      issueAgencyLink(db, row.id);
      ctx.agencyIds.set(a.key, row.id);
    }
  },
  exporter(db, ctx) {
    const rows = db
      .select()
      .from(agencies)
      .where(eq(agencies.projectId, ctx.projectId))
      .orderBy(asc(agencies.id))
      .all();
    return rows.map((r) => {
      ctx.agencyKeys.set(r.id, r.key);
      // contactEmail is written whenever an importer without it would read `contact` differently
      const legacy = splitLegacyContact(r.contactName);
      const emailNeeded = r.contactEmail !== '' || legacy.email !== '';
      return {
        key: r.key,
        name: r.name,
        kind: r.kind,
        field: r.field,
        ageMin: r.ageMin,
        ageMax: r.ageMax,
        ...(r.contactName ? { contact: r.contactName } : {}),
        ...(emailNeeded ? { contactEmail: r.contactEmail } : {}),
        ...(r.archivedAt ? { archivedAt: r.archivedAt } : {}),
      };
    });
  },
});
