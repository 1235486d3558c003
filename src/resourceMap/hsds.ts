// The agency directory in Open Referral HSDS 3.0 (organization → service with its eligibility ages,
// the agency's field as a taxonomy term linked by an attribute, the agency key as an
// organization identifier), so other directories can take it in. tests/hsds-schema.test.ts checks
// the output against the HSDS 3.0 schemas vendored in vendor/hsds-3.0/.
import { createHash } from 'node:crypto';
import { ageRangeLabel, AGENCY_FIELD_LABEL, type MapAgency } from './map.ts';
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

export type HsdsTaxonomy = { id: string; name: string; description: string; version: string };
export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
};
export type HsdsAttribute = {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: 'service';
  taxonomy_term_id: string;
  value: string;
};
export type HsdsOrganizationIdentifier = {
  id: string;
  organization_id: string;
  identifier_scheme: string;
  identifier_type: string;
  identifier: string;
};
export type HsdsOrganization = {
  id: string;
  name: string;
  description: string;
  organization_identifiers: HsdsOrganizationIdentifier[];
};
export type HsdsService = {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: 'active';
  eligibility_description: string;
  /** Omitted (never null) when the agency has no lower / upper age limit. */
  minimum_age?: number;
  maximum_age?: number;
  attributes: HsdsAttribute[];
};
export type HsdsDirectory = {
  hsds_version: '3.0';
  title: string;
  organizations: HsdsOrganization[];
  services: HsdsService[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
};

const TAXONOMY_NAME = 'renkei 支援機関の分野';

/**
 * One organization and one service (its hikikomori support) per agency. Contact details stay
 * out: they are for the secretariat only.
 */
export function toHsds(project: { id: number; name: string }, agencies: readonly MapAgency[]): HsdsDirectory {
  const taxonomyId = stableUuid(project.id, 'taxonomy', 'field');
  const termId = (field: string) => stableUuid(project.id, 'field', field);
  return {
    hsds_version: '3.0',
    title: `${project.name} 社会資源マップ`,
    taxonomies: [
      {
        id: taxonomyId,
        name: TAXONOMY_NAME,
        description: 'ひきこもり支援ネットワークで支援機関を分ける分野（renkei の社会資源マップの列）',
        version: '1',
      },
    ],
    taxonomy_terms: AGENCY_FIELDS.map((f) => ({
      id: termId(f.value),
      code: f.value,
      name: f.label,
      description: `分野「${f.label}」の支援機関`,
      taxonomy: TAXONOMY_NAME,
      taxonomy_id: taxonomyId,
      language: 'ja',
    })),
    organizations: agencies.map((a) => {
      const id = stableUuid(project.id, 'org', a.key);
      return {
        id,
        name: a.name,
        description: a.kind,
        organization_identifiers: [
          {
            id: stableUuid(project.id, 'org-identifier', a.key),
            organization_id: id,
            identifier_scheme: 'renkei',
            identifier_type: '機関キー',
            identifier: a.key,
          },
        ],
      };
    }),
    services: agencies.map((a) => {
      const id = stableUuid(project.id, 'service', a.key);
      return {
        id,
        organization_id: stableUuid(project.id, 'org', a.key),
        name: `${a.name}（${AGENCY_FIELD_LABEL[a.field]}）`,
        description: `${a.kind}・${AGENCY_FIELD_LABEL[a.field]}`,
        status: 'active' as const,
        eligibility_description: ageRangeLabel(a.ageMin, a.ageMax),
        ...(a.ageMin === null ? {} : { minimum_age: a.ageMin }),
        ...(a.ageMax === null ? {} : { maximum_age: a.ageMax }),
        attributes: [
          {
            id: stableUuid(project.id, 'attr', a.key),
            link_id: id,
            link_type: 'field',
            link_entity: 'service' as const,
            taxonomy_term_id: termId(a.field),
            value: AGENCY_FIELD_LABEL[a.field],
          },
        ],
      };
    }),
  };
}
