// The previous fiscal year's figures a next-year project carries, and what changed between the
// two years (respondents, 支援件数 per age band, drop-offs), in sentences that state facts.
import type { AgeBandKey } from '../lib/labels/questionnaire.ts';
import { reiwa } from '../lib/format.ts';

export type PreviousYear = {
  fiscalYear: number;
  projectName: string;
  respondents: number;
  ageBands: { band: AgeBandKey; cases: number; agencies: number; perYear: number }[];
  ageUnknown: number;
  caseloadTotal: number;
  dropOffBands: AgeBandKey[];
};

export type YearFigures = Omit<PreviousYear, 'projectName'>;

/** One age band's 支援件数 in both years. */
export type BandChange = { band: AgeBandKey; before: number; now: number; change: number };

/** This year's bands with last year's 支援件数 beside them (0 where last year has no such band). */
export function bandChanges(prev: YearFigures, now: YearFigures): BandChange[] {
  return now.ageBands.map(({ band, cases }) => {
    const before = prev.ageBands.find((b) => b.band === band)?.cases ?? 0;
    return { band, before, now: cases, change: cases - before };
  });
}

/** Sentences saying what changed from the previous year; empty when there is nothing to compare. */
export function yearOverYear(prev: YearFigures, now: YearFigures, bandLabel: (b: AgeBandKey) => string): string[] {
  const y = (n: number) => `${reiwa(n)}度`;
  const diff = (a: number, b: number) => (b === a ? '同数' : b > a ? `${b - a}増` : `${a - b}減`);
  const out = [
    `アンケートの回答機関数は${y(prev.fiscalYear)} ${prev.respondents}機関、${y(now.fiscalYear)} ${now.respondents}機関（${diff(prev.respondents, now.respondents)}）。`,
    `支援件数（各機関の実人数の合計）は${y(prev.fiscalYear)} ${prev.caseloadTotal}人、${y(now.fiscalYear)} ${now.caseloadTotal}人（${diff(prev.caseloadTotal, now.caseloadTotal)}）。`,
  ];
  const names = (bands: AgeBandKey[]) => (bands.length ? bands.map(bandLabel).join('・') : 'なし');
  out.push(
    `前後の年齢帯より支援件数が少ない年齢帯（落ち込み）は${y(prev.fiscalYear)} ${names(prev.dropOffBands)}、${y(now.fiscalYear)} ${names(now.dropOffBands)}。`,
  );
  return out;
}
