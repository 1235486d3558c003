// Issue 14 item 17: a create form posted twice (double click, resend) creates one thing: the
// form carries a one-time token and the second post leads to what the first one created.
import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from '../helpers.ts';
import { agencies, caseSheets } from '../../src/db/schema.ts';
import { issueAgencyLink } from '../../src/agencies/links.ts';
import { setSurveyWindows } from '../../src/projects/queries.ts';
import { todayJst } from '../../src/lib/time.ts';

const onceToken = (html: string) => /name="_once" value="([^"]+)"/.exec(html)?.[1];

describe('double submit', () => {
  it('two identical posts of the new-agency form create one agency (one live link)', async () => {
    const { client, db, project } = await staffSetup();
    const base = `/projects/${project.id}/agencies`;
    const token = onceToken(await (await client.get(`${base}/new`)).text());
    expect(token).toBeTruthy();
    const form = { name: '生活福祉課', kind: '行政部署', field: 'welfare_ibasho', _once: token! };
    const [first, second] = await Promise.all([client.post(base, form), client.post(base, form)]);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(db.select().from(agencies).all()).toHaveLength(1);
    // a new visit of the form is a new agency
    const again = onceToken(await (await client.get(`${base}/new`)).text());
    expect(again).not.toBe(token);
    expect((await client.post(base, { ...form, name: '子ども家庭支援センター', _once: again! })).status).toBe(303);
    expect(db.select().from(agencies).all()).toHaveLength(2);
  });

  it('two clicks on 新しい事例を書く create one draft', async () => {
    const { app, db, project } = await staffSetup();
    const agency = db
      .insert(agencies)
      .values({ projectId: project.id, key: 'a1', name: '生活福祉課', kind: '行政', field: 'welfare_ibasho' })
      .returning()
      .get();
    const link = issueAgencyLink(db, agency.id);
    const day = (offset: number) => todayJst(new Date(Date.now() + offset * 86_400_000));
    setSurveyWindows(db, project.id, [{ part: 'cases', opensOn: day(-1), closesOn: day(5) }]);
    const browser = new Client(app);
    const token = onceToken(await (await browser.get(`/a/${link}/cases`)).text());
    expect(token).toBeTruthy();
    const first = await browser.post(`/a/${link}/cases/new`, { _once: token! });
    const second = await browser.post(`/a/${link}/cases/new`, { _once: token! });
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(db.select().from(caseSheets).all()).toHaveLength(1);
  });
});
