import { describe, expect, it } from 'vitest';
import { caseFactorsJson, compareFactors, smallClassNotes, sortByDifference } from '../src/cases/factorComparison.ts';
import { FIXED_FACTORS } from '../src/lib/labels/cases.ts';

const sheet = (classification: 'good' | 'difficult' | null, factors: Record<string, string>, status = 'submitted') => ({
  status,
  classification,
  factors,
});

describe('compareFactors', () => {
  it('counts yes, no and 不明 apart (a missing value is 不明); share = yes ÷ (yes + no)', () => {
    const rows = compareFactors(
      [
        sheet('good', { goes_out: 'yes' }),
        sheet('good', { goes_out: 'unknown' }),
        sheet('good', {}),
        sheet('good', { goes_out: 'no' }),
        sheet('good', { goes_out: 'yes' }),
        sheet('difficult', { goes_out: 'no' }),
        sheet('difficult', { goes_out: 'yes' }),
        sheet('difficult', { goes_out: 'no' }),
        sheet('difficult', { goes_out: 'yes' }, 'draft'), // drafts never count
        sheet(null, { goes_out: 'yes' }, 'draft'),
      ],
      FIXED_FACTORS,
    );
    const goesOut = rows.find((r) => r.key === 'goes_out')!;
    // good: yes 2, no 1, 不明 1 + 1 missing = 2; share 2 ÷ 3 = 0.667 (not 2 ÷ 5 = 0.4)
    expect(goesOut.good).toEqual({ yes: 2, no: 1, unknown: 2, total: 5, share: 0.667 });
    // difficult: yes 1, no 2; share 1 ÷ 3 = 0.333
    expect(goesOut.difficult).toEqual({ yes: 1, no: 2, unknown: 0, total: 3, share: 0.333 });
    expect(goesOut.difference).toBe(0.334); // 0.667 − 0.333
    expect(rows).toHaveLength(9);
  });

  it('gives a null share when yes + no is 0 (all 不明, or an empty class)', () => {
    const rows = compareFactors(
      [sheet('good', { wants_consultation: 'yes' }), sheet('good', { wants_consultation: 'yes', goes_out: 'unknown' })],
      FIXED_FACTORS,
    );
    const r = rows.find((x) => x.key === 'wants_consultation')!;
    expect(r.good).toEqual({ yes: 2, no: 0, unknown: 0, total: 2, share: 1 });
    expect(r.difficult).toEqual({ yes: 0, no: 0, unknown: 0, total: 0, share: null });
    expect(r.difference).toBe(1);
    // one 不明 and one missing: 2 cases, no share
    expect(rows.find((x) => x.key === 'goes_out')!.good).toEqual({
      yes: 0,
      no: 0,
      unknown: 2,
      total: 2,
      share: null,
    });
    const none = compareFactors([], FIXED_FACTORS);
    expect(none.every((x) => x.good.total === 0 && x.good.share === null && x.difference === 0)).toBe(true);
  });

  it('keeps the fixed factor order by default and sorts by difference only when asked', () => {
    const defs = [...FIXED_FACTORS, { key: 'x1', label: '医療につながっている', group: 'client' as const }];
    const rows = compareFactors(
      [
        sheet('good', { assessment_aligned: 'yes', x1: 'yes' }),
        sheet('good', { assessment_aligned: 'yes', x1: 'no' }),
        sheet('difficult', { no_clear_solution: 'yes', x1: 'yes', assessment_aligned: 'no' }),
      ],
      defs,
    );
    expect(rows.map((r) => r.key)).toEqual(defs.map((d) => d.key));
    // differences: assessment_aligned 1 − 0 = 1; x1 0.5 − 1 = −0.5; no_clear_solution 0 − 1 = −1; others 0
    const order = sortByDifference(rows).map((r) => r.key);
    expect(order[0]).toBe('assessment_aligned');
    expect(order.at(-1)).toBe('no_clear_solution');
    expect(order.at(-2)).toBe('x1');
    expect(order.slice(1, -2)).toEqual(
      defs.map((d) => d.key).filter((k) => !['assessment_aligned', 'x1', 'no_clear_solution'].includes(k)),
    );
  });

  it('emits the packet JSON caseFactors exactly as BUNDLE.md defines them', () => {
    const defs = [...FIXED_FACTORS, { key: 'x1', label: '医療につながっている', group: 'client' as const }];
    const rows = compareFactors(
      [
        sheet('good', { goes_out: 'yes', x1: 'yes' }),
        sheet('good', { goes_out: 'unknown' }),
        sheet('difficult', { goes_out: 'no', x1: 'yes' }),
      ],
      defs,
    );
    const json = caseFactorsJson(rows);
    expect(json.map((j) => j.factor)).toEqual(defs.map((d) => d.key));
    expect(json[0]).toEqual({
      factor: 'goes_out',
      good: { yes: 1, no: 0, unknown: 1, total: 2, share: 1 },
      difficult: { yes: 0, no: 1, unknown: 0, total: 1, share: 0 },
    });
    expect(json.find((j) => j.factor === 'x1')).toEqual({
      factor: 'x1',
      good: { yes: 1, no: 0, unknown: 1, total: 2, share: 1 },
      difficult: { yes: 1, no: 0, unknown: 0, total: 1, share: 1 },
    });
    expect(json.find((j) => j.factor === 'wants_consultation')!.good).toEqual({
      yes: 0,
      no: 0,
      unknown: 2,
      total: 2,
      share: null,
    });
    expect(Object.keys(json[0])).toEqual(['factor', 'good', 'difficult']);
    expect(Object.keys(json[0].good)).toEqual(['yes', 'no', 'unknown', 'total', 'share']);
  });
});

describe('smallClassNotes', () => {
  it('notes a class of 4 cases and not one of 5', () => {
    const notes = smallClassNotes({ good: 4, difficult: 5 });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('好事例は4件と少ないため（5件未満）');
    expect(smallClassNotes({ good: 5, difficult: 5 })).toEqual([]);
    expect(smallClassNotes({ good: 12, difficult: 1 })).toEqual([
      '困難事例は1件と少ないため（5件未満）、割合は1件の違いで大きく変わります。傾向の目安としてご覧ください。',
    ]);
    expect(smallClassNotes({ good: 6, difficult: 0 })).toEqual([
      '困難事例の提出がないため、困難事例の割合は示せません。',
    ]);
  });
});
