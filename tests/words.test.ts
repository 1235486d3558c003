// Issue 11 §6: one spelling per word across the app (DOMAIN.md glossary).
import { describe, expect, it } from 'vitest';
import { titleHasNumber } from '../src/meetings/labels.ts';
import { parseAgencyKind } from '../src/agencies/schemas.ts';
import { AGENCY_KINDS } from '../src/agencies/labels.ts';

describe('words', () => {
  it('a title that already says 第n回 gets no second number', () => {
    expect(titleHasNumber('第1回ネットワーク会議')).toBe(true);
    expect(titleHasNumber('第２回 ワーキンググループ')).toBe(true);
    expect(titleHasNumber('第三回ネットワーク会議')).toBe(true);
    expect(titleHasNumber('拡大ネットワーク会議')).toBe(false);
    expect(titleHasNumber('ネットワーク会議（次回の打合せ）')).toBe(false);
  });

  it('spells the kind 行政部署, and still reads the old spelling with a space', () => {
    expect(AGENCY_KINDS[0]).toBe('行政部署');
    expect(parseAgencyKind('行政 部署')).toBe('行政部署');
    expect(parseAgencyKind('行政')).toBe('行政部署');
    expect(parseAgencyKind('市役所')).toBe('行政部署');
  });
});
