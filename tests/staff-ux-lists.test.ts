// Lists keep their search, sort and filter in the URL.
import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencies } from '../src/db/schema.ts';

describe('agency list search, sort and filter', () => {
  it('finds by name, filters by field and sorts by name, all from the URL', async () => {
    const { client, db, project } = await staffSetup();
    for (const [key, name, field] of [
      ['a1', 'わかば若者サポートステーション', 'employment'],
      ['a2', 'あおば教育相談室', 'education'],
      ['a3', 'いろは就労支援センター', 'employment'],
    ] as const)
      db.insert(agencies).values({ projectId: project.id, key, name, kind: 'NPO', field }).run();
    const url = `/projects/${project.id}/agencies`;
    const order = (html: string) =>
      ['わかば', 'あおば', 'いろは'].filter((n) => html.includes(n)).sort((a, b) => html.indexOf(a) - html.indexOf(b));

    const all = await (await client.get(url)).text();
    expect(order(all)).toEqual(['わかば', 'あおば', 'いろは']);
    expect(all).toContain('機関名・種別・担当者で探す');

    const found = await (await client.get(`${url}?q=${encodeURIComponent('教育')}`)).text();
    expect(order(found)).toEqual(['あおば']);
    expect(found).toContain('3件中 1件を表示');
    expect(found).toContain('value="教育"'); // the box keeps the search

    const sorted = await (await client.get(`${url}?field=employment&sort=name`)).text();
    expect(order(sorted)).toEqual(['いろは', 'わかば']);
  });
});
