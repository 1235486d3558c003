// 好事例と困難事例の比較 on the page and in the packet: yes / no / 不明 counted apart, share = yes ÷ (yes + no),
// a small-number note for a class under 5 cases, fixed factor order unless the user sorts by difference.
import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencies, caseSheets, meetings } from '../src/db/schema.ts';
import { FIXED_FACTORS } from '../src/lib/labels/cases.ts';

const NOW = '2024-10-30T00:00:00.000Z';
type F = Record<string, 'yes' | 'no' | 'unknown'>;

// 4 good cases and 5 difficult ones; hand-computed below
const GOOD: F[] = [
  { goes_out: 'yes', economic_problem: 'yes', no_clear_solution: 'no' },
  { goes_out: 'yes', economic_problem: 'yes', no_clear_solution: 'no' },
  { goes_out: 'no', no_clear_solution: 'unknown' },
  { no_clear_solution: 'no' }, // goes_out missing = 不明
];
const DIFFICULT: F[] = [
  { goes_out: 'no', economic_problem: 'no', no_clear_solution: 'yes' },
  { goes_out: 'no', no_clear_solution: 'yes' },
  { goes_out: 'yes', no_clear_solution: 'yes' },
  { goes_out: 'unknown', no_clear_solution: 'no' },
  {},
];

async function withCases(good: F[] = GOOD) {
  const env = await staffSetup();
  const { db, project } = env;
  const a = db
    .insert(agencies)
    .values({ projectId: project.id, key: 'a1', name: '生活福祉課', kind: '行政', field: 'welfare_ibasho' })
    .returning()
    .get();
  const sheet = (classification: 'good' | 'difficult', factors: F, i: number) => ({
    projectId: project.id,
    agencyId: a.id,
    key: `${classification}${i}`,
    classification,
    ageBand: '30-39',
    sex: 'unknown' as const,
    consent: 'person' as const,
    status: 'submitted' as const,
    savedAt: NOW,
    submittedAt: NOW,
    factors,
  });
  db.insert(caseSheets)
    .values([...good.map((f, i) => sheet('good', f, i)), ...DIFFICULT.map((f, i) => sheet('difficult', f, i))])
    .run();
  const m = db
    .insert(meetings)
    .values({ projectId: project.id, key: 'm2', kind: 'network', title: '第2回ネットワーク会議', date: '2025-01-28' })
    .returning()
    .get();
  return {
    ...env,
    page: `/projects/${project.id}/cases/factors`,
    packet: `/projects/${project.id}/meetings/${m.id}/packet`,
  };
}

/** Body rows of the table after `marker`, cells joined by | (tags stripped). */
function rows(html: string, marker: string): string[] {
  const start = html.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker}`);
  const body = html.slice(html.indexOf('<tbody', start), html.indexOf('</tbody>', start));
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, '|')
      .replace(/\s+/g, '')
      .replace(/\|+/g, '|'),
  );
}

const label = (key: string) => FIXED_FACTORS.find((f) => f.key === key)!.label;
const ZERO_DIFF = FIXED_FACTORS.map((f) => f.key).filter(
  (k) => !['goes_out', 'economic_problem', 'no_clear_solution'].includes(k),
);

describe('factor comparison page', () => {
  it('counts 該当・非該当・不明 apart, shares yes ÷ (yes + no), in the fixed order, with a note for 4 good cases', async () => {
    const { client, page } = await withCases();
    const html = await (await client.get(page)).text();
    const body = rows(html, 'class="factor-table"');
    expect(body.map((r) => r.split('|')[1])).toEqual(FIXED_FACTORS.map((f) => f.label));
    // goes_out: good 2/1/不明 1 (missing) → 2 ÷ 3 = 66.7%; difficult 1/2/不明 1+1 missing → 1 ÷ 3 = 33.3%; 0.667 − 0.333
    expect(body[0]).toBe(`|${label('goes_out')}|本人の要因|2|1|1|66.7%|1|2|2|33.3%|+33.4pt|`);
    // economic_problem: good 2/0/2 → 100%; difficult 0/1/4 → 0%
    expect(body[1]).toBe(`|${label('economic_problem')}|本人の要因|2|0|2|100.0%|0|1|4|0.0%|+100.0pt|`);
    // wants_consultation: nobody answered: no share
    expect(body[2]).toContain('|0|0|4|—|0|0|5|—|0.0pt|');
    // no_clear_solution: good 0/3/1 → 0%; difficult 3/1/1 → 75%
    expect(body[8]).toContain('|0|3|1|0.0%|3|1|1|75.0%|-75.0pt|');
    expect(html).toContain('好事例は4件と少ないため（5件未満）');
    expect(html).not.toContain('困難事例は5件と少ない');
    expect(html).toContain('href="' + page + '?sort=difference"');
  });

  it('sorts by difference when the user asks, and drops the note once the class has 5 cases', async () => {
    const { client, page } = await withCases([...GOOD, { goes_out: 'yes' }]);
    const html = await (await client.get(`${page}?sort=difference`)).text();
    const order = rows(html, 'class="factor-table"').map((r) => r.split('|')[1]);
    // economic_problem +100pt, goes_out 3 ÷ 4 − 1 ÷ 3 = 0.75 − 0.333 = +41.7pt, the zeros in fixed order, no_clear_solution −75pt
    expect(order).toEqual(['economic_problem', 'goes_out', ...ZERO_DIFF, 'no_clear_solution'].map(label));
    expect(html).toContain('+41.7pt');
    expect(html).not.toContain('件と少ないため');
    expect(html).toContain('<strong>差の大きい順</strong>');
  });
});

describe('packet cases section', () => {
  it('prints the three counts and the share in the fixed order, with the small-number note', async () => {
    const { client, packet } = await withCases();
    await client.post(packet, { include_cases: 'on' });
    const html = await (await client.get(`${packet}.html`)).text();
    const body = rows(html, '<caption>要因ごとの件数（該当・非該当・不明）と割合</caption>');
    expect(body.map((r) => r.split('|')[1])).toEqual(FIXED_FACTORS.map((f) => f.label));
    expect(body[0]).toBe(`|${label('goes_out')}|本人の要因|2|1|1|66.7%|1|2|2|33.3%|`);
    expect(body[8]).toBe(`|${label('no_clear_solution')}|連携の要因|0|3|1|0.0%|3|1|1|75.0%|`);
    expect(html).toContain('※ 好事例は4件と少ないため（5件未満）');
    expect(html).not.toContain('困難事例は5件と少ない');

    const json = await (await client.get(`${packet}.json`)).json();
    expect(json.caseFactors[0]).toEqual({
      factor: 'goes_out',
      good: { yes: 2, no: 1, unknown: 1, total: 4, share: 0.667 },
      difficult: { yes: 1, no: 2, unknown: 2, total: 5, share: 0.333 },
    });
    expect(json.caseFactors.find((f: { factor: string }) => f.factor === 'wants_consultation')).toEqual({
      factor: 'wants_consultation',
      good: { yes: 0, no: 0, unknown: 4, total: 4, share: null },
      difficult: { yes: 0, no: 0, unknown: 5, total: 5, share: null },
    });
  });
});
