// The resource map's HSDS export against the Open Referral HSDS 3.0 schemas vendored in
// vendor/hsds-3.0/ (CC BY-SA 4.0, see its SOURCE.md): the JSON objects, and the tabular package.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { unzipSync, strFromU8 } from 'fflate';
import { toHsds } from '../src/resourceMap/hsds.ts';
import { hsdsZip } from '../src/resourceMap/hsdsPackage.ts';
import { parseCsv } from '../src/agencies/csv.ts';
import type { MapAgency } from '../src/resourceMap/map.ts';

const VENDOR = join(import.meta.dirname, '..', 'vendor', 'hsds-3.0');
const SCHEMAS = join(VENDOR, 'schema');

function hsdsAjv() {
  // the HSDS files carry their own keywords (datapackage_metadata, tabular_required…): not strict
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const f of readdirSync(SCHEMAS).filter((x) => x.endsWith('.json') && x !== 'openapi.json'))
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, f), 'utf8')), f);
  return ajv;
}

const AGENCIES: MapAgency[] = [
  { key: 'a1', name: '保健センター', kind: '行政', field: 'health_medical', ageMin: null, ageMax: null },
  { key: 'a2', name: '地域若者サポートステーション', kind: 'NPO', field: 'employment', ageMin: 15, ageMax: 49 },
  { key: 'a3', name: '教育支援課', kind: '行政', field: 'education', ageMin: 6, ageMax: null },
];

describe('HSDS 3.0 export', () => {
  const ajv = hsdsAjv();
  const dir = toHsds({ id: 7, name: 'テスト市 ネットワーク' }, AGENCIES);
  const check = (schema: string, value: unknown) => {
    const ok = ajv.validate(schema, value);
    return ok ? [] : (ajv.errors ?? []).map((e) => `${schema} ${e.instancePath} ${e.message}`);
  };

  it('validates every organization, service, taxonomy, term, identifier and attribute against the schema', () => {
    const errors = [
      ...dir.organizations.flatMap((o) => check('organization.json', o)),
      ...dir.organizations.flatMap((o) =>
        o.organization_identifiers.flatMap((x) => check('organization_identifier.json', x)),
      ),
      ...dir.services.flatMap((s) => check('service.json', s)),
      ...dir.services.flatMap((s) => s.attributes.flatMap((a) => check('attribute.json', a))),
      ...dir.taxonomies.flatMap((t) => check('taxonomy.json', t)),
      ...dir.taxonomy_terms.flatMap((t) => check('taxonomy_term.json', t)),
    ];
    expect(errors).toEqual([]);
    // no null ages: a missing limit is left out
    expect(dir.services[0]).not.toHaveProperty('minimum_age');
    expect(dir.services[2]).toMatchObject({ minimum_age: 6 });
    expect(dir.services[2]).not.toHaveProperty('maximum_age');
    expect(dir.services[1].attributes[0]).toMatchObject({ link_id: dir.services[1].id, link_entity: 'service' });
    expect(dir.organizations[1].organization_identifiers[0]).toMatchObject({ identifier: 'a2' });
    expect(dir.taxonomy_terms.every((t) => t.description && t.taxonomy_id === dir.taxonomies[0].id)).toBe(true);
  });

  it('refuses what the old export wrote (so a regression fails)', () => {
    expect(check('service.json', { ...dir.services[0], minimum_age: null })).not.toEqual([]);
    expect(check('taxonomy_term.json', { id: dir.taxonomy_terms[0].id, name: '保健医療' })).not.toEqual([]);
  });

  it('packs the tabular form as one ZIP whose CSV columns are HSDS fields', () => {
    const files = unzipSync(hsdsZip(dir));
    expect(Object.keys(files).sort()).toEqual([
      'attributes.csv',
      'datapackage.json',
      'organization_identifiers.csv',
      'organizations.csv',
      'services.csv',
      'taxonomies.csv',
      'taxonomy_terms.csv',
    ]);
    const hsds = JSON.parse(readFileSync(join(VENDOR, 'datapackage.json'), 'utf8')) as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    const pkg = JSON.parse(strFromU8(files['datapackage.json'])) as typeof hsds;
    for (const r of pkg.resources) {
      const spec = hsds.resources.find((x) => x.name === r.name)!;
      expect(spec.path).toBe(r.path);
      const parsed = parseCsv(strFromU8(files[r.path]));
      if (!parsed.ok) throw new Error(parsed.error);
      const [header, ...rows] = parsed.rows.filter((x) => x.join('') !== '');
      expect(header).toEqual(r.schema.fields.map((f) => f.name));
      const known = new Set(spec.schema.fields.map((f) => f.name));
      expect(header.filter((h) => !known.has(h))).toEqual([]);
      expect(rows.length).toBeGreaterThan(0);
    }
    const services = strFromU8(files['services.csv']);
    expect(services.split('\r\n')[1]).toMatch(/,年齢制限なし,,$/);
  });
});
