// The agency directory in Open Referral HSDS 3.0 shape (organization → service, with the
// service's eligibility age range), so other directories can take it in. Only the fields below
// are produced; the zod schema documents and checks exactly those.
import { toCsv } from '../lib/spreadsheet.ts';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AGENCY_FIELD_LABEL, ageRangeLabel, type MapAgency } from './map.ts';
import { AGENCY_FIELDS } from '../lib/labels/agencies.ts';

// Fixed namespace so the same project and agency key always get the same UUID across exports.
const NAMESPACE = 'renkei.hsds';

/** A name-based (version 5 style) UUID: stable ids that do not reveal database row numbers. */
export function stableUuid(...parts: (string | number)[]): string {
  const h = createHash('sha1')
    .update([NAMESPACE, ...parts].join('\u0000'))
    .digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const age = z.number().int().min(0).max(130).nullable();

export const hsdsTaxonomyTermSchema = z.strictObject({
  id: uuid,
  code: z.enum(AGENCY_FIELDS.map((f) => f.value) as [string, ...string[]]),
  name: z.string().min(1),
  vocabulary: z.literal('renkei-field'),
});

export const hsdsServiceSchema = z.strictObject({
  id: uuid,
  organization_id: uuid,
  name: z.string().min(1),
  description: z.string(),
  status: z.literal('active'),
  eligibility_description: z.string().min(1),
  minimum_age: age,
  maximum_age: age,
  attributes: z.array(z.strictObject({ id: uuid, taxonomy_term_id: uuid })).length(1),
});

export const hsdsOrganizationSchema = z.strictObject({
  id: uuid,
  name: z.string().min(1),
  description: z.string(),
  identifier: z.string().min(1),
});

export const hsdsDirectorySchema = z
  .strictObject({
    hsds_version: z.literal('3.0'),
    title: z.string().min(1),
    organizations: z.array(hsdsOrganizationSchema),
    services: z.array(hsdsServiceSchema),
    taxonomy_terms: z.array(hsdsTaxonomyTermSchema),
  })
  .superRefine((d, ctx) => {
    const orgs = new Set(d.organizations.map((o) => o.id));
    const terms = new Set(d.taxonomy_terms.map((t) => t.id));
    d.services.forEach((s, i) => {
      if (!orgs.has(s.organization_id))
        ctx.addIssue({ code: 'custom', path: ['services', i, 'organization_id'], message: 'unknown organization' });
      if (!s.attributes.every((a) => terms.has(a.taxonomy_term_id)))
        ctx.addIssue({ code: 'custom', path: ['services', i, 'attributes'], message: 'unknown taxonomy term' });
      if (s.minimum_age !== null && s.maximum_age !== null && s.minimum_age > s.maximum_age)
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'maximum_age'],
          message: 'maximum_age below minimum_age',
        });
    });
  });
export type HsdsDirectory = z.infer<typeof hsdsDirectorySchema>;

/**
 * One organization and one service (its hikikomori support) per agency. Contact details stay
 * out: they are for the secretariat only.
 */
export function toHsds(project: { id: number; name: string }, agencies: readonly MapAgency[]): HsdsDirectory {
  const termId = (field: string) => stableUuid(project.id, 'field', field);
  return {
    hsds_version: '3.0',
    title: `${project.name} 社会資源マップ`,
    taxonomy_terms: AGENCY_FIELDS.map((f) => ({
      id: termId(f.value),
      code: f.value,
      name: f.label,
      vocabulary: 'renkei-field' as const,
    })),
    organizations: agencies.map((a) => ({
      id: stableUuid(project.id, 'org', a.key),
      name: a.name,
      description: a.kind,
      identifier: a.key,
    })),
    services: agencies.map((a) => {
      const serviceId = stableUuid(project.id, 'service', a.key);
      return {
        id: serviceId,
        organization_id: stableUuid(project.id, 'org', a.key),
        name: `${a.name}（${AGENCY_FIELD_LABEL[a.field]}）`,
        description: `${a.kind}・${AGENCY_FIELD_LABEL[a.field]}`,
        status: 'active' as const,
        eligibility_description: ageRangeLabel(a.ageMin, a.ageMax),
        minimum_age: a.ageMin,
        maximum_age: a.ageMax,
        attributes: [{ id: stableUuid(project.id, 'attr', a.key), taxonomy_term_id: termId(a.field) }],
      };
    }),
  };
}

export const HSDS_CSV_COLUMNS = [
  'organization_id',
  'organization_name',
  'organization_identifier',
  'service_id',
  'service_name',
  'field',
  'field_name',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'status',
] as const;

/** Services joined with their organization, one row each; BOM + CRLF so Excel opens it as UTF-8. */
export function hsdsCsv(directory: HsdsDirectory): string {
  const orgs = new Map(directory.organizations.map((o) => [o.id, o]));
  const terms = new Map(directory.taxonomy_terms.map((t) => [t.id, t]));
  const rows = directory.services.map((s) => {
    const org = orgs.get(s.organization_id)!;
    const term = terms.get(s.attributes[0].taxonomy_term_id)!;
    return [
      org.id,
      org.name,
      org.identifier,
      s.id,
      s.name,
      term.code,
      term.name,
      s.eligibility_description,
      s.minimum_age,
      s.maximum_age,
      s.status,
    ];
  });
  return toCsv([HSDS_CSV_COLUMNS, ...rows]);
}
