// Every top-level bundle key in contract order (BUNDLE.md). Import and export walk this list in
// order, so a section may rely on the ids/keys recorded by the sections before it.
import type { Section } from '../section.ts';
import { agenciesSection } from './agencies.ts';
import { caseStudiesSection } from './caseStudies.ts';
import { casesSection } from './cases.ts';
import { groupWorkSection } from './groupWork.ts';
import { hearingsSection } from './hearings.ts';
import { hearingPlanSection } from './hearingPlan.ts';
import { hearingThemesSection } from './hearingThemes.ts';
import { extraCaseFactorsSection } from './caseFactors.ts';
import { issuesSection } from './issues.ts';
import { meetingsSection } from './meetings.ts';
import { projectSection } from './project.ts';
import { questionnaireSection } from './questionnaire.ts';
import { reportTextsSection } from './reportTexts.ts';

export const SECTIONS = {
  project: projectSection,
  agencies: agenciesSection,
  questionnaire: questionnaireSection,
  hearingThemes: hearingThemesSection,
  hearings: hearingsSection,
  hearingPlan: hearingPlanSection,
  extraCaseFactors: extraCaseFactorsSection,
  cases: casesSection,
  meetings: meetingsSection,
  caseStudies: caseStudiesSection,
  groupWork: groupWorkSection,
  issues: issuesSection,
  reportTexts: reportTextsSection,
};

/** Sections a bundle must contain; all others may be absent or empty. */
export const REQUIRED_SECTIONS = new Set<keyof typeof SECTIONS>(['project', 'agencies']);

type PartOf<S> = S extends Section<infer T> ? T : never;
type Parts = { [K in keyof typeof SECTIONS]: PartOf<(typeof SECTIONS)[K]> };

export const BUNDLE_FORMAT = 'renkei-bundle/1';

export type Bundle = { format: typeof BUNDLE_FORMAT } & Pick<Parts, 'project' | 'agencies'> &
  Partial<Omit<Parts, 'project' | 'agencies'>>;
