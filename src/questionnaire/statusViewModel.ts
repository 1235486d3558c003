// The answer status page's rows: one per agency with its answers counted and its link.
import type { Db } from '../db/client.ts';
import { agencyUrl, currentAgencyToken } from '../agencies/links.ts';
import { answeredCount } from './answers.ts';
import { getProjectTemplate, listRespondentAgencies, listResponses } from './queries.ts';

/** The status list: one row per agency with its answers counted and its link. */
export function statusList(db: Db, projectId: number, origin: string) {
  const { template } = getProjectTemplate(db, projectId);
  const responses = new Map(listResponses(db, projectId).map((r) => [r.agencyId, r]));
  const rows = listRespondentAgencies(db, projectId).map((a) => {
    const r = responses.get(a.id);
    const token = currentAgencyToken(db, a);
    return {
      agency: a,
      status: r?.status ?? ('none' as const),
      savedAt: r?.savedAt ?? null,
      submittedAt: r?.submittedAt ?? null,
      enteredByStaff: r?.enteredByUserId != null,
      answered: r ? answeredCount(template, r.answers) : 0,
      url: token ? `${agencyUrl(origin, token)}/questionnaire` : null,
    };
  });
  const questionCount = template.sections.reduce((n, s) => n + s.questions.length, 0);
  return { rows, questionCount, title: template.title };
}
