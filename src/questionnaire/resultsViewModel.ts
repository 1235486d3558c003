// Everything the results page and the exports show, built from the aggregates of
// aggregate.ts plus the per-agency detail (band matrix, free text) they list.
import {
  aggregateQuestionnaire,
  ageUnknownOf,
  QUESTION,
  submittedOnly,
  type AggregateAgency,
  type AggregateResponse,
  type QuestionnaireAggregates,
} from './aggregate.ts';
import type { Db } from '../db/client.ts';
import { findQuestion, type Template } from './template.ts';
import {
  CROSS_TAB_QUESTION,
  crossTab,
  summariseTemplate,
  type CrossTab,
  type SectionSummary,
  type SummaryAgency,
} from './questionSummaries.ts';
import { getProjectTemplate, listRespondentAgencies, listResponses } from './queries.ts';
import { AGE_BANDS } from '../lib/labels/questionnaire.ts';

/** kind and field (optional) group agencies in the cross-tab. */
export type ResultsAgency = AggregateAgency & Pick<SummaryAgency, 'kind' | 'field'>;

export type QuestionnaireResults = QuestionnaireAggregates & {
  /** Agencies with a submitted response, with their caseload per band (same order as AGE_BANDS) and of unknown age. */
  bandsByAgency: { agency: ResultsAgency; values: number[]; unknown: number }[];
  totalAgencies: number;
  /** "0〜18歳" per agency key of the contacts-per-case rows: the ages each agency serves. */
  ageRanges: Record<string, string>;
  /** Every question of the template with its summary, by section. */
  summaries: SectionSummary[];
  /** The 課題 question by agency kind and by field (absent when the template has no such choice question). */
  crossTabs: { label: string; tabs: CrossTab[] } | null;
};

/** The ages an agency serves, "制限なし" when unlimited (or unknown), "15〜（上限なし）" with no upper limit. */
export function ageRange(a: { ageMin: number | null; ageMax: number | null } | undefined): string {
  if (!a || (a.ageMin === null && a.ageMax === null)) return '制限なし';
  return `${a.ageMin ?? 0}〜${a.ageMax === null ? '（上限なし）' : `${a.ageMax}歳`}`;
}

function bandValue(answers: Record<string, unknown>, band: string): number {
  const bands = answers[QUESTION.caseload];
  const v = bands && typeof bands === 'object' ? (bands as Record<string, unknown>)[band] : undefined;
  return typeof v === 'number' && v > 0 ? v : 0;
}

export function buildResults(
  template: Template,
  agencies: readonly ResultsAgency[],
  responses: readonly AggregateResponse[],
): QuestionnaireResults {
  const submitted = new Map(submittedOnly(responses).map((r) => [r.agencyId, r]));
  const responding = agencies.filter((a) => submitted.has(a.id));
  const aggregates = aggregateQuestionnaire(agencies, responses);
  const byKey = new Map(responding.map((a) => [a.key, a]));
  return {
    ...aggregates,
    bandsByAgency: responding.map((agency) => ({
      agency,
      values: AGE_BANDS.map((b) => bandValue(submitted.get(agency.id)!.answers, b.key)),
      unknown: ageUnknownOf(submitted.get(agency.id)!.answers),
    })),
    totalAgencies: agencies.length,
    ageRanges: Object.fromEntries(aggregates.contactsPerCase.map((x) => [x.agency, ageRange(byKey.get(x.agency))])),
    summaries: summariseTemplate(template, agencies, responses),
    crossTabs: challengeCrossTabs(template, agencies, responses),
  };
}

function challengeCrossTabs(
  template: Template,
  agencies: readonly ResultsAgency[],
  responses: readonly AggregateResponse[],
): QuestionnaireResults['crossTabs'] {
  const q = findQuestion(template, CROSS_TAB_QUESTION);
  if (!q || (q.type !== 'single' && q.type !== 'multi')) return null;
  return {
    label: q.label,
    tabs: [crossTab(q, agencies, responses, 'kind'), crossTab(q, agencies, responses, 'field')],
  };
}

/** The template, the listed agencies and their responses, with the results built from them. */
export function loadResults(db: Db, projectId: number) {
  const template = getProjectTemplate(db, projectId).template;
  const agencies = listRespondentAgencies(db, projectId);
  const listed = new Set(agencies.map((a) => a.id));
  const responses = listResponses(db, projectId).filter((r) => listed.has(r.agencyId));
  return { template, agencies, responses, results: buildResults(template, agencies, responses) };
}
