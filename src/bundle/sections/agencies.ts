import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { agencies } from '../../db/schema.ts';
import { issueAgencyLink } from '../../agencies/links.ts';
import { checkUniqueKeys, defineSection } from '../section.ts';
import { bundleKey, requiredText, text } from '../primitives.ts';

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
    contact: text(300).optional(),
  })
  .refine((a) => a.ageMin == null || a.ageMax == null || a.ageMin <= a.ageMax, {
    message: '対象年齢の下限が上限より大きくなっています',
    path: ['ageMax'],
  });

export type AgencyPart = z.infer<typeof agency>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const agenciesSection = defineSection<AgencyPart[]>({
  key: 'agencies',
  label: '機関',
  schema: z.array(agency),
  check(list, ctx) {
    checkUniqueKeys(list, 'agencies', '機関', ctx);
  },
  importer(db, list, ctx) {
    for (const a of list) {
      // the bundle has one contact field; an address alone goes where the links are mailed
      const contact = a.contact ?? '';
      const isEmail = EMAIL.test(contact);
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
          contactName: isEmail ? '' : contact,
          contactEmail: isEmail ? contact : '',
        })
        .returning({ id: agencies.id })
        .get();
      issueAgencyLink(db, row.id);
      ctx.agencyIds.set(a.key, row.id);
    }
  },
  exporter(db, ctx) {
    const rows = db.select().from(agencies).where(eq(agencies.projectId, ctx.projectId)).orderBy(asc(agencies.id)).all();
    return rows.map((r) => {
      ctx.agencyKeys.set(r.id, r.key);
      const contact = [r.contactName, r.contactEmail].filter(Boolean).join(' ');
      return {
        key: r.key,
        name: r.name,
        kind: r.kind,
        field: r.field,
        ageMin: r.ageMin,
        ageMax: r.ageMax,
        ...(contact ? { contact } : {}),
      };
    });
  },
});
