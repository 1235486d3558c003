// Two staff editing one hearing record: the second save from an older version is refused with
// both versions shown, the typed text stays in the form, and saving again knowingly replaces.
import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencies } from '../src/db/schema.ts';
import { findHearing } from '../src/hearings/queries.ts';

describe('hearing record optimistic concurrency', () => {
  it('refuses a save from an older version with a Japanese message and both versions', async () => {
    const { client, db, project } = await staffSetup();
    const agency = db
      .insert(agencies)
      .values({ projectId: project.id, key: 'a1', name: '生活自立支援センター', kind: '行政', field: 'welfare_ibasho' })
      .returning()
      .get();
    const base = `/projects/${project.id}/hearings`;
    const fields = (consultations: string) => ({
      agencyId: String(agency.id),
      date: '2024-07-10',
      method: 'in_person',
      section_consultations: consultations,
    });
    const created = await client.post(base, fields('最初の記録'));
    expect(created.status).toBe(303);
    const hid = /\/hearings\/(\d+)/.exec(created.headers.get('location')!)![1];
    const edit = `${base}/${hid}/edit`;
    const version = (html: string) => /name="version" value="(\d+)"/.exec(html)![1];

    // two colleagues open the form at the same version
    const loaded = version(await (await client.get(edit)).text());
    const first = await client.post(edit, { ...fields('山田が書き足した内容'), version: loaded });
    expect(first.status).toBe(303);

    const second = await client.post(edit, { ...fields('佐藤が書いた内容'), version: loaded });
    expect(second.status).toBe(409);
    const page = await second.text();
    expect(page).toContain('他の人が先にこのヒアリング記録を保存したため、あなたの変更は保存されていません');
    expect(page).toContain('山田が書き足した内容'); // what is stored now
    expect(page).toMatch(/<textarea[^>]*section_consultations[^>]*>佐藤が書いた内容<\/textarea>/); // typed text stays
    expect(findHearing(db, project.id, Number(hid))!.sections.consultations).toBe('山田が書き足した内容');

    // saving again from the conflict page replaces the stored text, knowingly
    const again = await client.post(edit, { ...fields('佐藤が書いた内容'), version: version(page) });
    expect(again.status).toBe(303);
    expect(findHearing(db, project.id, Number(hid))!.sections.consultations).toBe('佐藤が書いた内容');
  });
});
