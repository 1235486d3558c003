// The comparison shown when a project carries the previous year's figures.
import type { Db } from '../db/client.ts';
import { findProject } from '../projects/queries.ts';
import { AGE_BAND_LABEL } from '../lib/labels/questionnaire.ts';
import { yearFigures } from './commands.ts';
import { findLineage } from './queries.ts';
import { bandChanges, yearOverYear, type BandChange, type YearFigures } from './previousYear.ts';
import { reiwa } from '../lib/format.ts';

export type YearComparisonView = {
  previous: YearFigures;
  current: YearFigures;
  /** 「令和6年度」「令和7年度」: how every table and chart heads the two years. */
  years: [string, string];
  bands: BandChange[];
  sentences: string[];
};

/** null for a project that is not a next year of another. */
export function yearComparison(db: Db, projectId: number): YearComparisonView | null {
  const lineage = findLineage(db, projectId);
  const project = findProject(db, projectId);
  if (!lineage || !project) return null;
  const previous = lineage.previousYear;
  const current = { ...yearFigures(db, projectId), fiscalYear: project.fiscalYear };
  return {
    previous,
    current,
    years: [`${reiwa(previous.fiscalYear)}度`, `${reiwa(current.fiscalYear)}度`],
    bands: bandChanges(previous, current),
    sentences: yearOverYear(previous, current, (b) => AGE_BAND_LABEL[b]),
  };
}
