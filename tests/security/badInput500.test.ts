// Issue 14 item 14: inputs that used to crash the server (500) get a 422 with a Japanese message.
import { describe, expect, it } from 'vitest';
import { staffSetup } from '../helpers.ts';
import { TEMPLATE_HEADERS } from '../../src/lib/labels/agencies.ts';
import { parseAgencyField, parseAgencyKind } from '../../src/agencies/schemas.ts';

const agencyForm = (kind: string, field = 'health_medical') => ({
  name: 'テスト機関',
  kind,
  field,
  ageMin: '',
  ageMax: '',
  contactName: '',
  contactEmail: '',
});

describe('inputs that used to give 500', () => {
  it('refuses object-prototype names as an agency kind or field', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(parseAgencyKind(word)).toBeNull();
      expect(parseAgencyField(word)).toBeNull();
    }
  });

  it('creating or editing an agency with kind constructor/__proto__ is a 422 with a message', async () => {
    const { client, project } = await staffSetup();
    const base = `/projects/${project.id}/agencies`;
    for (const kind of ['constructor', '__proto__']) {
      const res = await client.post(base, agencyForm(kind));
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(`種別「${kind}」は選択肢にありません`);
    }
    const created = await client.post(base, agencyForm('NPO'));
    expect(created.status).toBe(303);
    const agencyPath = created.headers.get('location')!.split('?')[0];
    const edit = await client.post(`${agencyPath}/edit`, agencyForm('__proto__', 'constructor'));
    expect(edit.status).toBe(422);
    const html = await edit.text();
    expect(html).toContain('種別「__proto__」は選択肢にありません');
    expect(html).toContain('分野「constructor」は選択肢にありません');
  });

  it('a CSV whose kind is constructor is invalid in the preview and at confirm', async () => {
    const { client, project } = await staffSetup();
    const base = `/projects/${project.id}/agencies`;
    const row = TEMPLATE_HEADERS.map((h) =>
      h === '機関名' ? 'テスト機関' : h === '種別' ? 'constructor' : h === '分野' ? '保健・医療' : '',
    );
    const csv = `${TEMPLATE_HEADERS.join(',')}\n${row.join(',')}\n`;
    const preview = await client.postMultipart(`${base}/import`, { file: new Blob([csv], { type: 'text/csv' }) });
    expect(preview.status).toBe(422);
    expect(await preview.text()).toContain('種別「constructor」は選択肢にありません');
    const confirm = await client.post(`${base}/import/confirm`, { csv });
    expect(confirm.status).toBe(422);
  });

  it('the audit page answers a page number it cannot show with 422 and a message', async () => {
    const { client, project } = await staffSetup();
    for (const page of ['1e20', '99999999999999999999', '-1', 'abc', '1.5']) {
      const res = await client.get(`/projects/${project.id}/audit?page=${page}`);
      expect(res.status, page).toBe(422);
      expect(await res.text()).toContain('ページ番号');
    }
    expect((await client.get(`/projects/${project.id}/audit?page=1`)).status).toBe(200);
    expect((await client.get(`/projects/${project.id}/audit`)).status).toBe(200);
  });
});
