// Plain words for municipal staff (issue 13): no doubled year after a project name that already
// says it, the operator option spelt 国・都道府県の機関, and the centre's contact on every letter.
import { describe, expect, it } from 'vitest';
import { nameWithYear } from '../src/lib/format.ts';
import { staffSetup } from './helpers.ts';
import { agencies } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { DEFAULT_TEMPLATE } from '../src/questionnaire/defaultTemplate.ts';

describe('plain words', () => {
  it('adds the fiscal year to a project name only when the name does not say it already', () => {
    expect(nameWithYear('武蔵野市 ひきこもり支援ネットワーク構築（令和8年度）', 2026)).toBe(
      '武蔵野市 ひきこもり支援ネットワーク構築（令和8年度）',
    );
    expect(nameWithYear('武蔵野市 ひきこもり支援ネットワーク構築', 2026)).toBe(
      '武蔵野市 ひきこもり支援ネットワーク構築（令和8年度）',
    );
  });

  it('names national and prefectural bodies as 国・都道府県の機関', () => {
    const text = JSON.stringify(DEFAULT_TEMPLATE);
    expect(text).toContain('国・都道府県の機関');
    expect(text).not.toContain('国・都の機関');
  });
});

describe('invitation letters', () => {
  it('print the contact person, phone and e-mail set in the project settings', async () => {
    const { client, db, project } = await staffSetup();
    const agency = db
      .insert(agencies)
      .values({ projectId: project.id, key: 'a1', name: '生活福祉課', kind: '行政部署', field: 'welfare_ibasho' })
      .returning()
      .get();
    issueAgencyLink(db, agency.id);
    const settings = {
      name: project.name,
      municipality: project.municipality,
      fiscalYear: String(project.fiscalYear),
      hostHealthCentre: 'テスト保健所',
      contactPerson: '保健 花子',
      contactPhone: '0422-51-0000',
      contactEmail: 'renkei@hokenjo.example.jp',
    };
    const bad = await client.post(`/projects/${project.id}/edit`, { ...settings, contactPhone: 'でんわ' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('電話番号は数字とハイフンで入力してください');
    expect((await client.post(`/projects/${project.id}/edit`, settings)).status).toBe(303);
    const letter = await (await client.get(`/projects/${project.id}/agencies/${agency.id}/letter`)).text();
    expect(letter).toContain('担当：保健 花子');
    expect(letter).toContain('電話：0422-51-0000');
    expect(letter).toContain('メール：renkei@hokenjo.example.jp');
  });
});
