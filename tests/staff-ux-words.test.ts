// Plain words for municipal staff (issue 13): no doubled year after a project name that already
// says it, and the operator option spelt 国・都道府県の機関.
import { describe, expect, it } from 'vitest';
import { nameWithYear } from '../src/lib/format.ts';
import { DEFAULT_TEMPLATE } from '../src/questionnaire/defaultTemplate.ts';

describe('plain words', () => {
  it('adds the fiscal year to a project name only when the name does not say it already', () => {
    expect(nameWithYear('武蔵野市 ひきこもり支援ネットワーク構築（令和8年度）', 2026)).toBe(
      '武蔵野市 ひきこもり支援ネットワーク構築（令和8年度）',
    );
    expect(nameWithYear('武蔵野市 ひきこもり支援ネットワーク構築', 2026)).toBe(
      '武蔵野市 ひきこもり支援ネットワーク構築（令和8年度）',
    );
  });

  it('names national and prefectural bodies as 国・都道府県の機関', () => {
    const text = JSON.stringify(DEFAULT_TEMPLATE);
    expect(text).toContain('国・都道府県の機関');
    expect(text).not.toContain('国・都の機関');
  });
});
