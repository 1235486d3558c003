// The HSDS 3.0 tabular form of the directory: one CSV per HSDS table (the column names are HSDS
// field names) and a datapackage.json describing them, zipped into one download.
import { strToU8, zipSync } from 'fflate';
import { toCsv } from '../agencies/csv.ts';
import type { HsdsDirectory } from './hsds.ts';

type Field = { name: string; type: 'string' | 'number'; format?: 'uuid' };
type Table = { name: string; path: string; fields: Field[]; primary: string; rows: Record<string, unknown>[] };

const s = (name: string): Field => ({ name, type: 'string' });
const id = (name: string): Field => ({ name, type: 'string', format: 'uuid' });
const n = (name: string): Field => ({ name, type: 'number' });

function tables(dir: HsdsDirectory): Table[] {
  return [
    {
      name: 'organization',
      path: 'organizations.csv',
      fields: [id('id'), s('name'), s('description')],
      primary: 'id',
      rows: dir.organizations,
    },
    {
      name: 'organization_identifier',
      path: 'organization_identifiers.csv',
      fields: [id('id'), id('organization_id'), s('identifier_scheme'), s('identifier_type'), s('identifier')],
      primary: 'id',
      rows: dir.organizations.flatMap((o) => o.organization_identifiers),
    },
    {
      name: 'service',
      path: 'services.csv',
      fields: [
        id('id'),
        id('organization_id'),
        s('name'),
        s('description'),
        s('status'),
        s('eligibility_description'),
        n('minimum_age'),
        n('maximum_age'),
      ],
      primary: 'id',
      rows: dir.services,
    },
    {
      name: 'taxonomy',
      path: 'taxonomies.csv',
      fields: [id('id'), s('name'), s('description'), s('version')],
      primary: 'id',
      rows: dir.taxonomies,
    },
    {
      name: 'taxonomy_term',
      path: 'taxonomy_terms.csv',
      fields: [id('id'), s('code'), s('name'), s('description'), s('taxonomy'), id('taxonomy_id'), s('language')],
      primary: 'id',
      rows: dir.taxonomy_terms,
    },
    {
      name: 'attribute',
      path: 'attributes.csv',
      fields: [id('id'), id('link_id'), id('taxonomy_term_id'), s('link_type'), s('link_entity'), s('value')],
      primary: 'id',
      rows: dir.services.flatMap((x) => x.attributes),
    },
  ];
}

/** The package's files by name: the CSVs (UTF-8, no BOM: they are for machines) and datapackage.json. */
export function hsdsTabularFiles(dir: HsdsDirectory): Record<string, string> {
  const list = tables(dir);
  const files: Record<string, string> = {};
  for (const t of list) {
    files[t.path] = toCsv([
      t.fields.map((f) => f.name),
      ...t.rows.map((r) => t.fields.map((f) => (r[f.name] === undefined ? '' : String(r[f.name])))),
    ]);
  }
  const datapackage = {
    name: 'renkei_resource_map',
    title: dir.title,
    profile: 'tabular-data-package',
    version: '3.0.0',
    homepage: 'http://docs.openreferral.org',
    resources: list.map((t) => ({
      name: t.name,
      path: t.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: t.fields, primaryKey: t.primary },
    })),
  };
  files['datapackage.json'] = `${JSON.stringify(datapackage, null, 2)}\n`;
  return files;
}

/** The tabular package as one ZIP. */
export function hsdsZip(dir: HsdsDirectory): Uint8Array {
  const files = hsdsTabularFiles(dir);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}
