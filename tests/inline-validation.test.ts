// htmx inline validation: the changed field's message comes back, nothing is saved.
import { describe, expect, it } from 'vitest';
import { Client, makeApp, staffSetup } from './helpers.ts';

const htmx = (name: string) => ({ headers: { 'HX-Request': 'true', 'HX-Trigger-Name': name } });

describe('inline validation', () => {
  it('answers only for the field that changed, in Japanese, and saves nothing', async () => {
    const { client, db, project } = await staffSetup();
    const url = `/projects/${project.id}/agencies/validate`;
    const form = { name: '', kind: '', field: '', ageMin: '20', ageMax: '１５', contactEmail: 'not-an-address' };
    const age = await client.post(url, form, htmx('ageMax'));
    expect(age.status).toBe(200);
    const html = await age.text();
    expect(html).toContain('id="f-ageMax-error"');
    expect(html).not.toContain('機関名'); // the untouched name field stays quiet
    const mail = await (await client.post(url, form, htmx('contactEmail'))).text();
    expect(mail).toContain('メールアドレス');
    const fine = await client.post(url, { ...form, name: 'みどり市 生活福祉課' }, htmx('name'));
    expect(await fine.text()).toBe('');
    expect((db.$client.prepare('select count(*) n from agencies').get() as { n: number }).n).toBe(0);
  });

  it('renders the htmx hooks on the form so the check runs on change', async () => {
    const { client, project } = await staffSetup();
    const html = await (await client.get(`/projects/${project.id}/agencies/new`)).text();
    expect(html).toContain(`hx-post="/projects/${project.id}/agencies/validate"`);
    expect(html).toContain('hx-target="#f-name-msg"');
    expect(html).toMatch(/id="f-name-msg" aria-live="polite"/);
  });

  it('checks the first-setup form before an account exists, and not after', async () => {
    const { app } = makeApp();
    const client = new Client(app);
    await client.get('/setup');
    const res = await client.post(
      '/setup/validate',
      { email: 'a@example.jp', name: 'x', password: 'short', passwordConfirm: '' },
      htmx('password'),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('パスワードは12文字以上にしてください');
    const { client: staff } = await staffSetup();
    expect((await staff.post('/setup/validate', {}, htmx('email'))).status).toBe(404);
  });
});
