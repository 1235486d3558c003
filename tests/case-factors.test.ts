import { describe, expect, it } from 'vitest';
import { caseFactorsJson, compareFactors, sortByDifference } from '../src/cases/factorComparison.ts';
import { FIXED_FACTORS } from '../src/cases/labels.ts';

const sheet = (classification: 'good' | 'difficult' | null, factors: Record<string, string>, status = 'submitted') => ({
  status,
  classification,
  factors,
});

describe('compareFactors', () => {
  it('counts 該当 per classification over all submitted cases; unknown and unanswered are not 該当', () => {
    const rows = compareFactors(
      [
        sheet('good', { goes_out: 'yes' }),
        sheet('good', { goes_out: 'unknown' }),
        sheet('good', {}),
        sheet('difficult', { goes_out: 'no' }),
        sheet('difficult', { goes_out: 'yes' }),
        sheet('difficult', { goes_out: 'yes' }, 'draft'), // drafts never count
        sheet(null, { goes_out: 'yes' }, 'draft'),
      ],
      FIXED_FACTORS,
    );
    const goesOut = rows.find((r) => r.key === 'goes_out')!;
    expect(goesOut.good).toEqual({ yes: 1, total: 3, share: 0.333 });
    expect(goesOut.difficult).toEqual({ yes: 1, total: 2, share: 0.5 });
    expect(goesOut.difference).toBe(-0.167);
    expect(rows).toHaveLength(9);
  });

  it('gives null shares for an empty classification and zero counts for no cases at all', () => {
    const onlyGood = compareFactors(
      [sheet('good', { wants_consultation: 'yes' }), sheet('good', { wants_consultation: 'yes' })],
      FIXED_FACTORS,
    );
    const r = onlyGood.find((x) => x.key === 'wants_consultation')!;
    expect(r.good).toEqual({ yes: 2, total: 2, share: 1 });
    expect(r.difficult).toEqual({ yes: 0, total: 0, share: null });
    expect(r.difference).toBe(1);
    const none = compareFactors([], FIXED_FACTORS);
    expect(none.every((x) => x.good.total === 0 && x.good.share === null && x.difference === 0)).toBe(true);
  });

  it('sorts by good minus difficult share, keeping definition order on ties, and emits the packet JSON shape', () => {
    const defs = [...FIXED_FACTORS, { key: 'x1', label: '医療につながっている', group: 'client' as const }];
    const rows = compareFactors(
      [
        sheet('good', { assessment_aligned: 'yes', x1: 'yes' }),
        sheet('good', { assessment_aligned: 'yes' }),
        sheet('difficult', { no_clear_solution: 'yes', x1: 'yes' }),
      ],
      defs,
    );
    const order = sortByDifference(rows).map((r) => r.key);
    expect(order[0]).toBe('assessment_aligned');
    expect(order.at(-1)).toBe('no_clear_solution');
    expect(order.indexOf('x1')).toBeGreaterThan(order.indexOf('goes_out')); // 0.5-1 < 0
    const json = caseFactorsJson(rows);
    expect(json[0]).toEqual({
      factor: 'goes_out',
      good: { yes: 0, total: 2, share: 0 },
      difficult: { yes: 0, total: 1, share: 0 },
    });
    expect(json.find((j) => j.factor === 'x1')).toEqual({
      factor: 'x1',
      good: { yes: 1, total: 2, share: 0.5 },
      difficult: { yes: 1, total: 1, share: 1 },
    });
    expect(Object.keys(json[0])).toEqual(['factor', 'good', 'difficult']);
  });
});
