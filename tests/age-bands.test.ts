// Issue 11 §2–3: per-year density, drop-offs that say whether they are confirmed, the age-unknown
// row and contacts per case (1事例あたりの対応回数). Every expectation is computed by hand.
import { describe, expect, it } from 'vitest';
import {
  aggregateQuestionnaire,
  ageBandTotals,
  ageUnknownTotal,
  contactsPerCase,
  contactsPerCaseByAgeGroup,
  dropOffs,
  perYear,
  type AggregateAgency,
  type AggregateResponse,
} from '../src/questionnaire/aggregate.ts';
import { AGE_BAND_KEYS, AGE_BAND_WIDTH } from '../src/lib/labels/questionnaire.ts';

const agency = (id: number, key: string, ageMin: number | null, ageMax: number | null): AggregateAgency => ({
  id,
  key,
  name: `機関${key}`,
  ageMin,
  ageMax,
});
const submitted = (agencyId: number, answers: Record<string, unknown>): AggregateResponse => ({
  agencyId,
  status: 'submitted',
  answers,
});
/** caseload_by_age_band from counts in band order. */
const caseload = (counts: number[]) => Object.fromEntries(AGE_BAND_KEYS.map((b, i) => [b, counts[i]]));

describe('band widths (BUNDLE.md)', () => {
  it('uses the nominal widths 6 for 0-15 and 10 for 65+', () => {
    expect(AGE_BAND_KEYS.map((b) => AGE_BAND_WIDTH[b])).toEqual([6, 3, 6, 5, 10, 10, 10, 5, 10]);
  });

  it('rounds cases ÷ width to 2 decimals', () => {
    expect(perYear(40, '0-15')).toBe(6.67);
    expect(perYear(22, '16-18')).toBe(7.33);
    expect(perYear(51, '25-29')).toBe(10.2);
    expect(perYear(35, '65+')).toBe(3.5);
    expect(perYear(0, '30-39')).toBe(0);
  });
});

describe('uniform 5 people per year of age', () => {
  // two agencies, 3 and 2 people per year of age: 5 × width in every band
  const responses = [
    submitted(1, { caseload_by_age_band: caseload([18, 9, 18, 15, 30, 30, 30, 15, 30]) }),
    submitted(2, { caseload_by_age_band: caseload([12, 6, 12, 10, 20, 20, 20, 10, 20]) }),
  ];
  const agencies = [agency(1, 'a1', 0, 29), agency(2, 'a2', 15, null)];

  it('has band cases 5 × width and perYear 5 everywhere', () => {
    const bands = ageBandTotals(responses);
    expect(bands.map((b) => b.cases)).toEqual([30, 15, 30, 25, 50, 50, 50, 25, 50]);
    expect(bands.map((b) => b.perYear)).toEqual([5, 5, 5, 5, 5, 5, 5, 5, 5]);
  });

  it('keeps the raw drop-offs 16-18, 25-29 and 60-64, none of them confirmed', () => {
    const agg = aggregateQuestionnaire(agencies, responses);
    expect(agg.dropOffBands).toEqual(['16-18', '25-29', '60-64']);
    expect(agg.dropOffs).toEqual([
      { band: '16-18', cases: 15, perYear: 5, confirmed: false },
      { band: '25-29', cases: 25, perYear: 5, confirmed: false },
      { band: '60-64', cases: 25, perYear: 5, confirmed: false },
    ]);
  });
});

describe('confirmed drop-offs', () => {
  it("confirms seed 000's three dips, which are lower per year too", () => {
    // per year: 66/6=11, 15/3=5, 48/6=8, 50/5=10, 70/10=7, 35/10=3.5, 60/10=6, 10/5=2, 35/10=3.5
    const bands = ageBandTotals([
      submitted(1, { caseload_by_age_band: caseload([66, 15, 48, 50, 70, 35, 60, 10, 35]) }),
    ]);
    expect(bands.map((b) => b.perYear)).toEqual([11, 5, 8, 10, 7, 3.5, 6, 2, 3.5]);
    expect(dropOffs(bands)).toEqual([
      { band: '16-18', cases: 15, perYear: 5, confirmed: true },
      { band: '40-49', cases: 35, perYear: 3.5, confirmed: true },
      { band: '60-64', cases: 10, perYear: 2, confirmed: true },
    ]);
  });

  it('tells a real dip from a width artefact in the same data', () => {
    // 16-18 holds 6 people: 2 per year against 5 either side (confirmed);
    // 25-29 and 60-64 hold 25: 5 per year, the same as their neighbours (not confirmed)
    const bands = ageBandTotals([
      submitted(1, { caseload_by_age_band: caseload([30, 6, 30, 25, 50, 50, 50, 25, 50]) }),
    ]);
    expect(dropOffs(bands)).toEqual([
      { band: '16-18', cases: 6, perYear: 2, confirmed: true },
      { band: '25-29', cases: 25, perYear: 5, confirmed: false },
      { band: '60-64', cases: 25, perYear: 5, confirmed: false },
    ]);
  });

  it('is empty when no band is a raw drop-off, even where the per-year density dips', () => {
    // raw counts only rise; per year 1, 5, 5, 7, 4, 5, 6, 14, 8: 30-39 dips per year (4) but not raw
    const bands = ageBandTotals([
      submitted(1, { caseload_by_age_band: caseload([6, 15, 30, 35, 40, 50, 60, 70, 80]) }),
    ]);
    expect(bands.map((b) => b.perYear)).toEqual([1, 5, 5, 7, 4, 5, 6, 14, 8]);
    expect(dropOffs(bands)).toEqual([]);
  });
});

describe('年齢不明 (caseload_age_unknown)', () => {
  const agencies = [agency(1, 'a1', 0, 39), agency(2, 'a2', 15, 64), agency(3, 'a3', 0, 18)];
  const responses: AggregateResponse[] = [
    // 10 people of known age and 30 of unknown age, 200 contacts: 200 ÷ 40 = 5.0 (not 200 ÷ 10 = 20.0)
    submitted(1, { caseload_by_age_band: { '0-15': 4, '16-18': 6 }, caseload_age_unknown: 30, total_contacts: 200 }),
    submitted(2, { caseload_by_age_band: { '19-24': 5 }, total_contacts: 20 }),
    { agencyId: 3, status: 'draft', answers: { caseload_by_age_band: { '0-15': 9 }, caseload_age_unknown: 100 } },
  ];

  it('sums submitted answers only, 0 when unanswered', () => {
    expect(ageUnknownTotal(responses)).toBe(30);
    expect(ageUnknownTotal([submitted(2, { caseload_by_age_band: {} })])).toBe(0);
    expect(ageUnknownTotal([submitted(2, { caseload_age_unknown: 'わからない' })])).toBe(0);
    expect(ageUnknownTotal([submitted(2, { caseload_age_unknown: '7' })])).toBe(7);
  });

  it('is part of the people per agency and of the caseload total', () => {
    expect(contactsPerCase(agencies, responses)).toEqual([
      { agency: 'a1', people: 40, contacts: 200, perCase: 5 },
      { agency: 'a2', people: 5, contacts: 20, perCase: 4 },
    ]);
    const agg = aggregateQuestionnaire(agencies, responses);
    expect(agg.ageUnknown).toBe(30);
    // bands 4 + 6 + 5 = 15, plus 30 of unknown age
    expect(agg.caseloadTotal).toBe(45);
    expect(agg.ageBands.reduce((s, b) => s + b.cases, 0)).toBe(15);
  });

  it('counts an agency whose people are all of unknown age', () => {
    const rows = contactsPerCase(agencies, [submitted(2, { caseload_age_unknown: 8, total_contacts: 20 })]);
    expect(rows).toEqual([{ agency: 'a2', people: 8, contacts: 20, perCase: 2.5 }]);
  });
});

describe('youth agencies against the others', () => {
  const agencies = [
    agency(1, 'y1', 6, 18),
    agency(2, 'y2', null, 15),
    agency(3, 'o1', 15, 39),
    agency(4, 'u1', 0, null),
    agency(5, 'u2', null, null),
    agency(6, 'o2', 18, 64),
  ];
  const responses = [
    submitted(1, { caseload_by_age_band: { '0-15': 6, '16-18': 4 }, total_contacts: 100 }),
    submitted(2, { caseload_by_age_band: { '0-15': 10 }, caseload_age_unknown: 10, total_contacts: 180 }),
    submitted(3, { caseload_by_age_band: { '19-24': 20 }, total_contacts: 70 }),
    submitted(4, { caseload_by_age_band: { '30-39': 6 }, caseload_age_unknown: 4, total_contacts: 40 }),
    submitted(5, { caseload_by_age_band: { '65+': 10 }, total_contacts: 30 }),
    // o2 has not submitted: it is in no group
  ];

  it('puts upper age ≤ 18 in the youth group, and 上限なし agencies with the others, named', () => {
    const g = contactsPerCaseByAgeGroup(agencies, contactsPerCase(agencies, responses));
    // youth: people 10 + 20 = 30, contacts 100 + 180 = 280, 280 ÷ 30 = 9.33… → 9.3
    expect(g.youth).toMatchObject({ agencies: 2, people: 30, contacts: 280, perCase: 9.3, noUpperLimit: [] });
    expect(g.youth.rows.map((r) => r.agency)).toEqual(['y1', 'y2']);
    // others: people 20 + 10 + 10 = 40, contacts 70 + 40 + 30 = 140, 140 ÷ 40 = 3.5
    expect(g.others).toMatchObject({ agencies: 3, people: 40, contacts: 140, perCase: 3.5 });
    expect(g.others.rows.map((r) => r.agency)).toEqual(['o1', 'u1', 'u2']);
    expect(g.others.noUpperLimit).toEqual(['u1', 'u2']);
  });
});
