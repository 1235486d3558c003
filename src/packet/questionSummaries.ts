// The question_summaries section of a packet: the summaries of the questions staff chose, in
// template order, from the same submitted responses as the rest of the packet.
import type { Db } from '../db/client.ts';
import { getProjectTemplate } from '../questionnaire/queries.ts';
import { submittedOnly, type AggregateResponse } from '../questionnaire/aggregate.ts';
import { summariseTemplate, type QuestionSummary, type SummaryAgency } from '../questionnaire/questionSummaries.ts';
import type { PacketSettings } from './settings.ts';

export type ChosenSummaries = { respondents: number; questions: QuestionSummary[] };

/** The chosen questions' summaries; empty (and nothing read) when the section is not in the packet. */
export function chosenQuestionSummaries(
  db: Db,
  projectId: number,
  settings: PacketSettings,
  data: { agencies: readonly SummaryAgency[]; responses: readonly AggregateResponse[] },
): ChosenSummaries {
  const ids = new Set(settings.sections.find((s) => s.id === 'question_summaries')?.questions ?? []);
  if (ids.size === 0) return { respondents: 0, questions: [] };
  const template = getProjectTemplate(db, projectId).template;
  const listed = new Set(data.agencies.map((a) => a.id));
  return {
    respondents: submittedOnly(data.responses).filter((r) => listed.has(r.agencyId)).length,
    questions: summariseTemplate(template, data.agencies, data.responses)
      .flatMap((s) => s.questions)
      .filter((q) => ids.has(q.id)),
  };
}
