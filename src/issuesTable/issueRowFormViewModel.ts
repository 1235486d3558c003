// What the row form of the problems → issues table shows, read from the database before render.
import type { Db } from '../db/client.ts';
import type { FormValues } from '../http/form.ts';
import { listMeetings } from '../meetings/queries.ts';
import { listCases } from '../cases/queries.ts';
import { formatDate } from '../lib/format.ts';
import { describeRef, startRef, type SourceRef } from './queries.ts';
import { CLASSIFICATION_LABEL } from '../lib/labels/cases.ts';

const numOrNull = (s: string | undefined) => (s && /^\d+$/.test(s) ? Number(s) : null);

/** The reference a form posted back carries in its hidden `from…` fields. */
export const postedRef = (form: FormValues): SourceRef | null =>
  startRef({
    fromTheme: numOrNull(form.fromTheme as string),
    fromPassage: numOrNull(form.fromPassage as string),
    fromCase: numOrNull(form.fromCase as string),
  });

/** The meetings and cases a row may cite, as select options. */
export function issueRowOptions(db: Db, projectId: number) {
  return {
    meetings: listMeetings(db, projectId).map((m) => ({
      value: String(m.id),
      label: `${m.title}（${formatDate(m.date)}）`,
    })),
    cases: listCases(db, projectId).map((cs) => ({
      value: String(cs.id),
      label: `事例 ${cs.key}（${cs.agencyName}${cs.classification ? `・${CLASSIFICATION_LABEL[cs.classification]}` : ''}）`,
    })),
  };
}

/** The context line of a new row's form: what it is started from (undefined if not the project's). */
export const issueRowOrigin = (db: Db, projectId: number, ref: SourceRef | null) =>
  ref ? describeRef(db, projectId, ref) : undefined;

/**
 * A new row's form as opened from a link: the hidden `from…` fields and, for a passage, its words
 * as the first draft of the problem. Undefined when the link names something not in the project.
 */
export function newIssueRowStart(
  db: Db,
  projectId: number,
  query: { theme?: string; passage?: string; case?: string },
) {
  const q = {
    fromTheme: numOrNull(query.theme),
    fromPassage: numOrNull(query.passage),
    fromCase: numOrNull(query.case),
  };
  const ref = startRef(q);
  const from = issueRowOrigin(db, projectId, ref);
  if (ref && !from) return undefined;
  const values: FormValues = {
    ...q,
    status: 'not_started',
    problem: ref?.kind === 'hearing_passage' ? from!.detail : '',
  };
  return { values, ref, from };
}
