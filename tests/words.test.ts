// Issue 11 §6: one spelling per word across the app (DOMAIN.md glossary).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgencyKind } from '../src/agencies/schemas.ts';
import { AGENCY_KINDS } from '../src/lib/labels/agencies.ts';
import { titleHasNumber } from '../src/lib/labels/meetings.ts';

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

  it('calls the person supported 本人: 当事者 only in 当事者会 or quoted seed text, never 利用者', () => {
    const files = ['src', 'views'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => join(dir, f)),
    );
    // seed 000 表2 No.4, quoted as data
    const seedQuote = '当事者の多様なニーズに合わせた相談先、居場所、支援機関がない';
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => (/当事者(?!会)/.test(line) && !line.includes(seedQuote)) || /利用者/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
