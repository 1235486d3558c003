import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencies, meetings } from '../src/db/schema.ts';
import { saveResponse } from '../src/questionnaire/queries.ts';
import { validate } from '../src/lib/validation.ts';
import { packetSettingsSchema, settingsToForm } from '../src/packet/schemas.ts';

async function withAnswers() {
  const env = await staffSetup();
  const { db, project } = env;
  const [a1, a2] = db
    .insert(agencies)
    .values([
      { projectId: project.id, key: 'a1', name: '生活福祉課', kind: '行政', field: 'welfare_ibasho' },
      { projectId: project.id, key: 'a2', name: 'サポステ', kind: 'NPO', field: 'employment' },
    ])
    .returning()
    .all();
  const save = (agencyId: number, answers: Record<string, unknown>) =>
    saveResponse(db, { projectId: project.id, agencyId, answers, status: 'submitted', enteredByUserId: null });
  save(a1.id, { operator: '市直営', network_expectations: ['情報共有の場', '事例検討'], strengths: '訪問できる' });
  save(a2.id, { operator: 'NPO法人', network_expectations: ['情報共有の場'], strengths: '就労体験' });
  const nm = db
    .insert(meetings)
    .values({ projectId: project.id, key: 'm1', kind: 'network', title: '第1回ネットワーク会議', date: '2024-12-24' })
    .returning()
    .get();
  return { ...env, base: `/projects/${project.id}/meetings/${nm.id}/packet` };
}

describe('packet: a question summary as a section', () => {
  it('parses the chosen questions into the section and shows them again in the form', () => {
    const parsed = validate(packetSettingsSchema, {
      include_question_summaries: 'on',
      summary_questions: ['network_expectations', 'operator'],
      include_agenda: 'on',
    });
    // no order numbers: catalogue order
    expect(parsed.ok && parsed.data.sections).toEqual([
      { id: 'agenda', comment: '' },
      { id: 'question_summaries', comment: '', questions: ['network_expectations', 'operator'] },
    ]);
    if (parsed.ok) expect(settingsToForm(parsed.data).summary_questions).toEqual(['network_expectations', 'operator']);
    // the section needs at least one question
    const none = validate(packetSettingsSchema, { include_question_summaries: 'on' });
    expect(!none.ok && none.errors.summary_questions).toBe('設問別集計に載せる設問を1つ以上選んでください');
    // unticked section: the questions are ignored and nothing changes
    const off = validate(packetSettingsSchema, { include_agenda: 'on', summary_questions: 'operator' });
    expect(off.ok && off.data.sections).toEqual([{ id: 'agenda', comment: '' }]);
  });

  it('prints the chosen question summaries (and only them) in the packet', async () => {
    const { client, base } = await withAnswers();
    const before = await (await client.get(`${base}.html`)).text();
    expect(before).not.toContain('アンケートの設問別集計');
    const builder = await (await client.get(base)).text();
    expect(builder).toContain('name="summary_questions" value="network_expectations"');

    const saved = await client.post(base, {
      include_agenda: 'on',
      include_question_summaries: 'on',
      summary_questions: ['network_expectations', 'strengths'],
    });
    expect(saved.status).toBe(303);
    const html = await (await client.get(`${base}.html`)).text();
    expect(html).toContain('2　アンケートの設問別集計');
    // multi choice: 情報共有の場 2 of 2 agencies = 100.0%, 事例検討 1 of 2 = 50.0%
    expect(html).toContain('<h3>ネットワークに期待すること（あてはまるものすべて）</h3>');
    expect(html).toMatch(/<th scope="row">情報共有の場<\/th><td class="num">2<\/td><td class="num">100.0%<\/td>/);
    expect(html).toMatch(/<th scope="row">事例検討<\/th><td class="num">1<\/td><td class="num">50.0%<\/td>/);
    // 自機関の強み is shareable: named
    expect(html).toContain('<dt>サポステ</dt><dd class="prewrap">就労体験</dd>');
    // not chosen
    expect(html).not.toContain('<h3>運営主体</h3>');
    // the builder shows the choice again
    expect(await (await client.get(base)).text()).toMatch(/value="strengths" checked/);
  });
});
