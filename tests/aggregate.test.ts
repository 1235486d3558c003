import { describe, expect, it } from 'vitest';
import {
  aggregateQuestionnaire,
  ageBandTotals,
  contactsPerCase,
  contactsPerCaseByAgeGroup,
  dropOffBands,
  multiChoiceSummary,
  professionSummary,
  type AggregateAgency,
  type AggregateResponse,
} from '../src/questionnaire/aggregate.ts';
import { AGE_BAND_KEYS, type AgeBandKey } from '../src/lib/labels/questionnaire.ts';

const agency = (id: number, ageMin: number | null, ageMax: number | null): AggregateAgency => ({
  id,
  key: `a${id}`,
  name: `機関${id}`,
  ageMin,
  ageMax,
});

const submitted = (agencyId: number, answers: Record<string, unknown>): AggregateResponse => ({
  agencyId,
  status: 'submitted',
  answers,
});

/** Totals with the given case counts in band order, for drop-off checks. */
const totals = (cases: number[]) => cases.map((n, i) => ({ band: AGE_BAND_KEYS[i], cases: n }));

describe('age band totals', () => {
  it('sums submitted caseloads per band and counts agencies with a non-zero value', () => {
    const rows = ageBandTotals([
      submitted(1, { caseload_by_age_band: { '0-15': 3, '16-18': 1, '19-24': 0 } }),
      submitted(2, { caseload_by_age_band: { '0-15': 2, '65+': '4' } }),
      { agencyId: 3, status: 'draft', answers: { caseload_by_age_band: { '0-15': 100 } } },
      submitted(4, {}),
    ]);
    const by = Object.fromEntries(rows.map((r) => [r.band, r]));
    expect(rows.map((r) => r.band)).toEqual(AGE_BAND_KEYS);
    expect(by['0-15']).toEqual({ band: '0-15', cases: 5, agencies: 2, perYear: 0.83 });
    expect(by['16-18']).toEqual({ band: '16-18', cases: 1, agencies: 1, perYear: 0.33 });
    expect(by['19-24']).toEqual({ band: '19-24', cases: 0, agencies: 0, perYear: 0 });
    expect(by['65+']).toEqual({ band: '65+', cases: 4, agencies: 1, perYear: 0.4 });
  });

  it('ignores negative, blank and non-numeric values', () => {
    const rows = ageBandTotals([
      submitted(1, { caseload_by_age_band: { '0-15': -3, '16-18': '', '19-24': 'たくさん', '25-29': 2 } }),
    ]);
    expect(rows.find((r) => r.band === '0-15')).toEqual({ band: '0-15', cases: 0, agencies: 0, perYear: 0 });
    expect(rows.find((r) => r.band === '25-29')).toEqual({ band: '25-29', cases: 2, agencies: 1, perYear: 0.4 });
  });
});

describe('drop-off bands', () => {
  it("finds seed 000's three drop-offs", () => {
    expect(dropOffBands(totals([66, 15, 48, 50, 70, 35, 60, 10, 35]))).toEqual<AgeBandKey[]>([
      '16-18',
      '40-49',
      '60-64',
    ]);
  });

  it('does not treat ties as drop-offs', () => {
    expect(dropOffBands(totals([10, 5, 5, 10, 10, 10, 10, 10, 10]))).toEqual([]);
    expect(dropOffBands(totals([10, 10, 9, 10, 10, 10, 10, 10, 10]))).toEqual(['19-24']);
  });

  it('never flags the first or last band', () => {
    expect(dropOffBands(totals([0, 5, 5, 5, 5, 5, 5, 5, 0]))).toEqual([]);
  });

  it('flags a zero band between non-zero neighbours, but not zero next to zero', () => {
    expect(dropOffBands(totals([3, 0, 3, 0, 0, 3, 3, 3, 3]))).toEqual(['16-18']);
  });

  it('finds nothing when nobody has responded', () => {
    expect(dropOffBands(ageBandTotals([]))).toEqual([]);
  });

  it('excludes drafts and tolerates a non-responding agency', () => {
    const responses: AggregateResponse[] = [
      submitted(1, { caseload_by_age_band: { '0-15': 5, '16-18': 1, '19-24': 5 } }),
      // a draft would fill the dip if it counted
      { agencyId: 2, status: 'draft', answers: { caseload_by_age_band: { '16-18': 20 } } },
    ];
    expect(dropOffBands(ageBandTotals(responses))).toEqual(['16-18']);
    const agg = aggregateQuestionnaire([agency(1, 0, 29), agency(2, 0, 18), agency(3, 18, 64)], responses);
    expect(agg.respondents).toBe(1);
    expect(agg.contactsPerCase.map((r) => r.agency)).toEqual(['a1']);
    // responses of agencies left out of the list (e.g. archived) count nowhere
    const without = aggregateQuestionnaire([agency(2, 0, 18)], responses);
    expect(without.respondents).toBe(0);
    expect(without.ageBands.every((b) => b.cases === 0)).toBe(true);
  });
});

describe('contacts per case', () => {
  const agencies = [agency(1, 6, 18), agency(2, 15, 39), agency(3, 0, null), agency(4, 40, 64)];
  const responses = [
    submitted(1, { caseload_by_age_band: { '0-15': 8, '16-18': 2 }, total_contacts: 100 }),
    submitted(2, { caseload_by_age_band: { '19-24': 20, '25-29': 10 }, total_contacts: 110 }),
    submitted(3, { caseload_by_age_band: {}, total_contacts: 5 }),
    { agencyId: 4, status: 'draft' as const, answers: { caseload_by_age_band: { '40-49': 5 }, total_contacts: 20 } },
  ];

  it('divides total contacts by the people in all bands, null when nobody was counted', () => {
    expect(contactsPerCase(agencies, responses)).toEqual([
      { agency: 'a1', people: 10, contacts: 100, perCase: 10 },
      { agency: 'a2', people: 30, contacts: 110, perCase: 3.7 },
      { agency: 'a3', people: 0, contacts: 5, perCase: null },
    ]);
  });

  it('groups agencies serving only up to 18 apart from the others', () => {
    const g = contactsPerCaseByAgeGroup(agencies, contactsPerCase(agencies, responses));
    expect(g.youth).toMatchObject({ agencies: 1, people: 10, contacts: 100, perCase: 10 });
    expect(g.others).toMatchObject({ agencies: 2, people: 30, contacts: 115, perCase: 3.8 });
    expect(g.others.rows.map((r) => r.agency)).toEqual(['a2', 'a3']);
  });
});

describe('multiple choice', () => {
  const responses = [
    submitted(1, { professions: ['社会福祉士', '精神保健福祉士'], support_content: ['相談支援'] }),
    submitted(2, { professions: ['社会福祉士', '保健師', '社会福祉士'] }),
    submitted(3, { professions: [] }),
    { agencyId: 4, status: 'draft' as const, answers: { professions: ['医師'] } },
  ];

  it('counts distinct professions among submitted answers only', () => {
    const p = professionSummary(responses);
    expect(p.distinct).toBe(3);
    expect(p.options.map((o) => o.option)).not.toContain('医師');
  });

  it('counts qualifications written under その他 as distinct professions', () => {
    const p = professionSummary([
      submitted(1, { professions: ['社会福祉士', 'その他'], 'professions:other': '言語聴覚士、社会福祉士' }),
      submitted(2, { professions: ['その他'], 'professions:other': '言語聴覚士／作業療法士' }),
      submitted(3, { professions: ['保健師'], 'professions:other': '（その他を外した後の残り）' }),
    ]);
    expect(p.names.sort()).toEqual(['作業療法士', '保健師', '社会福祉士', '言語聴覚士'].sort());
    expect(p.distinct).toBe(4);
  });

  it('uses respondents to the question as the base and shares to one decimal', () => {
    const s = multiChoiceSummary(responses, 'professions');
    expect(s.base).toBe(2);
    expect(s.options[0]).toEqual({ option: '社会福祉士', count: 2, share: 100 });
    expect(s.options.find((o) => o.option === '保健師')).toEqual({ option: '保健師', count: 1, share: 50 });
    const three = multiChoiceSummary([...responses, submitted(5, { professions: ['保健師'] })], 'professions');
    expect(three.base).toBe(3);
    expect(three.options.find((o) => o.option === '社会福祉士')!.share).toBe(66.7);
    expect(multiChoiceSummary(responses, 'support_content')).toEqual({
      base: 1,
      options: [{ option: '相談支援', count: 1, share: 100 }],
    });
  });
});
