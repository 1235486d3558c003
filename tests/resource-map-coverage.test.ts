import { describe, expect, it } from 'vitest';
import {
  agesWithCount,
  buildAgeCoverage,
  coverageDrops,
  coversAge,
  type CoverageAgency,
} from '../src/resourceMap/coverage.ts';

const A = (field: string, ageMin: number | null, ageMax: number | null): CoverageAgency => ({ field, ageMin, ageMax });

// Hand-computed: welfare 15+, education 6–15, employment 15–49, welfare 65+, welfare 0–18.
const agencies = [
  A('welfare_ibasho', 15, null),
  A('education', 6, 15),
  A('employment', 15, 49),
  A('welfare_ibasho', 65, null),
  A('welfare_ibasho', 0, 18),
];

describe('age coverage (agencies per field and year of age 0–70)', () => {
  it('counts an agency at both ends of its range; blank limits are open', () => {
    expect(coversAge({ ageMin: 15, ageMax: 49 }, 14)).toBe(false);
    expect(coversAge({ ageMin: 15, ageMax: 49 }, 15)).toBe(true);
    expect(coversAge({ ageMin: 15, ageMax: 49 }, 49)).toBe(true);
    expect(coversAge({ ageMin: 15, ageMax: 49 }, 50)).toBe(false);
    expect(coversAge({ ageMin: null, ageMax: 18 }, 0)).toBe(true);
    expect(coversAge({ ageMin: 65, ageMax: null }, 70)).toBe(true);
  });

  it('finds drops and runs of 0 / 1', () => {
    expect(coverageDrops([2, 2, 1, 3, 0])).toEqual([
      { age: 2, from: 2, to: 1 },
      { age: 4, from: 3, to: 0 },
    ]);
    expect(agesWithCount([0, 0, 1, 0, 1, 1], 0)).toEqual([
      { from: 0, to: 1 },
      { from: 3, to: 3 },
    ]);
    expect(agesWithCount([0, 0, 1, 0, 1, 1], 1)).toEqual([
      { from: 2, to: 2 },
      { from: 4, to: 5 },
    ]);
  });

  it('totals every agency per year of age, with drops at 16, 19 and 50', () => {
    const cov = buildAgeCoverage(agencies);
    expect(cov.ages).toHaveLength(71);
    const t = cov.total.counts;
    expect([t[0], t[5], t[6], t[14], t[15], t[16], t[18], t[19], t[49], t[50], t[64], t[65], t[70]]).toEqual([
      1, 1, 2, 2, 4, 3, 3, 2, 2, 1, 1, 2, 2,
    ]);
    expect(cov.total.drops).toEqual([
      { age: 16, from: 4, to: 3 },
      { age: 19, from: 3, to: 2 },
      { age: 50, from: 2, to: 1 },
    ]);
    expect(cov.total.gaps).toEqual([]);
    expect(cov.total.singles).toEqual([
      { from: 0, to: 5 },
      { from: 50, to: 64 },
    ]);
    expect(cov.sentences[0]).toBe(
      '全分野：対応機関数が減るのは15歳から16歳で4機関→3機関、18歳から19歳で3機関→2機関、49歳から50歳で2機関→1機関。1機関のみなのは0〜5歳、50〜64歳。',
    );
  });

  it('gives each field its own row and sentence; その他 only when an agency has it', () => {
    const cov = buildAgeCoverage(agencies);
    expect(cov.fields.map((f) => f.field)).toEqual(['health_medical', 'welfare_ibasho', 'employment', 'education']);
    const welfare = cov.fields.find((f) => f.field === 'welfare_ibasho')!;
    expect(welfare.drops).toEqual([{ age: 19, from: 2, to: 1 }]);
    expect(welfare.singles).toEqual([
      { from: 0, to: 14 },
      { from: 19, to: 64 },
    ]);
    const health = cov.fields.find((f) => f.field === 'health_medical')!;
    expect(health.gaps).toEqual([{ from: 0, to: 70 }]);
    expect(health.drops).toEqual([]);
    expect(cov.sentences.slice(1)).toEqual([
      '保健医療：対応機関がない（空白）のは0〜70歳。',
      '福祉・居場所：対応機関数が減るのは18歳から19歳で2機関→1機関。1機関のみなのは0〜14歳、19〜64歳。',
      '就労：対応機関数が減るのは49歳から50歳で1機関→0機関。対応機関がない（空白）のは0〜14歳、50〜70歳。1機関のみなのは15〜49歳。',
      '教育：対応機関数が減るのは15歳から16歳で1機関→0機関。対応機関がない（空白）のは0〜5歳、16〜70歳。1機関のみなのは6〜15歳。',
    ]);
  });

  it('says so when every age has two agencies or more', () => {
    const cov = buildAgeCoverage([A('other', null, null), A('other', 0, null)]);
    expect(cov.fields.map((f) => f.field)).toContain('other');
    expect(cov.sentences[0]).toBe('全分野：0〜70歳のどの年齢にも2機関以上が対応しています。');
  });
});
