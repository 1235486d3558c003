// Questionnaire aggregates shown on the results page and in packets (BUNDLE.md "Packet JSON").
// Pure: callers pass agency and response rows; only submitted responses ever count.
import { OTHER_OPTION } from './template.ts';
import { AGE_BAND_KEYS, AGE_BAND_WIDTH, type AgeBandKey, otherKey } from '../lib/labels/questionnaire.ts';

/** Question ids of the default template that the aggregates read. */
export const QUESTION = {
  caseload: 'caseload_by_age_band',
  ageUnknown: 'caseload_age_unknown',
  contacts: 'total_contacts',
  professions: 'professions',
  supportContent: 'support_content',
} as const;

export type AggregateAgency = { id: number; key: string; name: string; ageMin: number | null; ageMax: number | null };
export type AggregateResponse = {
  agencyId: number;
  status: 'draft' | 'submitted';
  answers: Record<string, unknown>;
};

/** `perYear` = cases ÷ the band's width in years (AGE_BAND_WIDTH), 2 decimals. */
export type AgeBandTotal = { band: AgeBandKey; cases: number; agencies: number; perYear: number };
/** A raw drop-off band; `confirmed` when its per-year density is also below both neighbours'. */
export type DropOff = { band: AgeBandKey; cases: number; perYear: number; confirmed: boolean };
export type ContactsPerCaseRow = { agency: string; people: number; contacts: number; perCase: number | null };
export type ContactsGroup = {
  agencies: number;
  people: number;
  contacts: number;
  perCase: number | null;
  rows: ContactsPerCaseRow[];
  /** Keys of the group's agencies with no upper age limit (上限なし), in row order. */
  noUpperLimit: string[];
};
/** A group's pooled figures without its rows (packet JSON, the split's text and table). */
export type ContactsGroupTotals = Omit<ContactsGroup, 'rows'>;
export type OptionCount = { option: string; count: number; share: number };
export type MultiChoiceSummary = { base: number; options: OptionCount[] };

/** Youth agencies: those whose upper age limit is 18 or below (seed 000 compares them with the rest). */
export const YOUTH_MAX_AGE = 18;

export function submittedOnly(responses: readonly AggregateResponse[]): AggregateResponse[] {
  return responses.filter((r) => r.status === 'submitted');
}

/** A non-negative count from an answer value; blanks, garbage and negatives count as 0. */
function count(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function caseload(answers: Record<string, unknown>): Record<string, unknown> {
  const v = answers[QUESTION.caseload];
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function choices(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const picked = value.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
  return [...new Set(picked)];
}

/** contacts / people to one decimal; null when nobody was counted. */
export function perCase(contacts: number, people: number): number | null {
  return people > 0 ? Math.round((contacts / people) * 10) / 10 : null;
}

/** Percentage to one decimal (the national survey's reporting convention). */
export function sharePercent(countValue: number, base: number): number {
  return base > 0 ? Math.round((countValue / base) * 1000) / 10 : 0;
}

/** Cases per year of age in the band: cases ÷ width, rounded to 2 decimals. */
export function perYear(cases: number, band: AgeBandKey): number {
  return Math.round((cases / AGE_BAND_WIDTH[band]) * 100) / 100;
}

/** The agency's people whose age it does not know (`caseload_age_unknown`; 0 when unanswered). */
export function ageUnknownOf(answers: Record<string, unknown>): number {
  return count(answers[QUESTION.ageUnknown]);
}

/** Sum of `caseload_age_unknown` over submitted responses. */
export function ageUnknownTotal(responses: readonly AggregateResponse[]): number {
  return submittedOnly(responses).reduce((sum, r) => sum + ageUnknownOf(r.answers), 0);
}

export function ageBandTotals(responses: readonly AggregateResponse[]): AgeBandTotal[] {
  const submitted = submittedOnly(responses);
  return AGE_BAND_KEYS.map((band) => {
    let cases = 0;
    let agencies = 0;
    for (const r of submitted) {
      const n = count(caseload(r.answers)[band]);
      cases += n;
      if (n > 0) agencies += 1;
    }
    return { band, cases, agencies, perYear: perYear(cases, band) };
  });
}

/** Bands strictly lower than both neighbours; the first and last band have one neighbour and never qualify. */
export function dropOffBands(totals: readonly { band: AgeBandKey; cases: number }[]): AgeBandKey[] {
  const out: AgeBandKey[] = [];
  for (let i = 1; i < totals.length - 1; i++) {
    const t = totals[i];
    if (t.cases < totals[i - 1].cases && t.cases < totals[i + 1].cases) out.push(t.band);
  }
  return out;
}

/**
 * One entry per band of dropOffBands, in band order. A band narrower than its neighbours holds
 * fewer people even when every year of age has as many, so the dip is `confirmed` only when its
 * per-year density is also strictly lower than both neighbours'.
 */
export function dropOffs(totals: readonly AgeBandTotal[]): DropOff[] {
  const raw = new Set(dropOffBands(totals));
  return totals.flatMap((t, i) =>
    raw.has(t.band)
      ? [
          {
            band: t.band,
            cases: t.cases,
            perYear: t.perYear,
            confirmed: t.perYear < totals[i - 1].perYear && t.perYear < totals[i + 1].perYear,
          },
        ]
      : [],
  );
}

/**
 * One row per agency with a submitted response, in the order of `agencies`. `people` counts every
 * band plus the agency's age-unknown people: their contacts are in `total_contacts` too.
 */
export function contactsPerCase(
  agencies: readonly AggregateAgency[],
  responses: readonly AggregateResponse[],
): ContactsPerCaseRow[] {
  const byAgency = new Map(submittedOnly(responses).map((r) => [r.agencyId, r]));
  const rows: ContactsPerCaseRow[] = [];
  for (const a of agencies) {
    const r = byAgency.get(a.id);
    if (!r) continue;
    const bands = caseload(r.answers);
    const people = AGE_BAND_KEYS.reduce((sum, band) => sum + count(bands[band]), ageUnknownOf(r.answers));
    const contacts = count(r.answers[QUESTION.contacts]);
    rows.push({ agency: a.key, people, contacts, perCase: perCase(contacts, people) });
  }
  return rows;
}

function group(rows: ContactsPerCaseRow[], unlimited: ReadonlySet<string>): ContactsGroup {
  const people = rows.reduce((s, r) => s + r.people, 0);
  const contacts = rows.reduce((s, r) => s + r.contacts, 0);
  const noUpperLimit = rows.filter((r) => unlimited.has(r.agency)).map((r) => r.agency);
  return { agencies: rows.length, people, contacts, perCase: perCase(contacts, people), rows, noUpperLimit };
}

/**
 * Splits contacts-per-case rows into agencies serving only up to 18 (upper age ≤ 18) and all
 * others, with pooled ratios. Agencies with no upper limit (上限なし) count with the others.
 */
export function contactsPerCaseByAgeGroup(
  agencies: readonly AggregateAgency[],
  rows: readonly ContactsPerCaseRow[],
): { youth: ContactsGroup; others: ContactsGroup } {
  const youthKeys = new Set(agencies.filter((a) => a.ageMax !== null && a.ageMax <= YOUTH_MAX_AGE).map((a) => a.key));
  const unlimited = new Set(agencies.filter((a) => a.ageMax === null).map((a) => a.key));
  return {
    youth: group(
      rows.filter((r) => youthKeys.has(r.agency)),
      unlimited,
    ),
    others: group(
      rows.filter((r) => !youthKeys.has(r.agency)),
      unlimited,
    ),
  };
}

/**
 * Option frequencies of a multiple-choice question. Base = submitted responses that picked at
 * least one option; shares are % to one decimal and may sum to more than 100.
 * Options are listed by count (desc), ties in first-seen order.
 */
export function multiChoiceSummary(responses: readonly AggregateResponse[], questionId: string): MultiChoiceSummary {
  const counts = new Map<string, number>();
  let base = 0;
  for (const r of submittedOnly(responses)) {
    const picked = choices(r.answers[questionId]);
    if (!picked.length) continue;
    base += 1;
    for (const option of picked) counts.set(option, (counts.get(option) ?? 0) + 1);
  }
  const options = [...counts]
    .map(([option, n]) => ({ option, count: n, share: sharePercent(n, base) }))
    .sort((a, b) => b.count - a.count);
  return { base, options };
}

/**
 * Professions (qualifications) across agencies, with the distinct count seed 000 reports
 * ("13 資格"): the listed qualifications picked, plus each distinct one written under "その他"
 * (several may be written, separated by 、 , / or line breaks).
 */
export function professionSummary(
  responses: readonly AggregateResponse[],
): MultiChoiceSummary & { distinct: number; names: string[] } {
  const summary = multiChoiceSummary(responses, QUESTION.professions);
  const names = new Set(summary.options.map((o) => o.option).filter((o) => o !== OTHER_OPTION));
  for (const r of submittedOnly(responses)) {
    const other = r.answers[otherKey(QUESTION.professions)];
    if (typeof other !== 'string' || !choices(r.answers[QUESTION.professions]).includes(OTHER_OPTION)) continue;
    for (const name of other.normalize('NFKC').split(/[、,/\n]/)) if (name.trim()) names.add(name.trim());
  }
  return { ...summary, distinct: names.size, names: [...names] };
}

export type QuestionnaireAggregates = {
  respondents: number;
  ageBands: AgeBandTotal[];
  /** Sum of `caseload_age_unknown`: people of unknown age, a row of its own beside the bands. */
  ageUnknown: number;
  /** All bands plus ageUnknown: a sum of each agency's unique persons (支援件数, with overlaps). */
  caseloadTotal: number;
  dropOffBands: AgeBandKey[];
  dropOffs: DropOff[];
  contactsPerCase: ContactsPerCaseRow[];
  contactsByAgeGroup: { youth: ContactsGroup; others: ContactsGroup };
  professions: ReturnType<typeof professionSummary>;
  supportContent: MultiChoiceSummary;
};

/**
 * Everything the results page and the packet show. Only responses of the given agencies count,
 * so leaving an agency out (e.g. archived) removes it from every figure alike.
 */
export function aggregateQuestionnaire(
  agencies: readonly AggregateAgency[],
  allResponses: readonly AggregateResponse[],
): QuestionnaireAggregates {
  const ids = new Set(agencies.map((a) => a.id));
  const responses = allResponses.filter((r) => ids.has(r.agencyId));
  const bands = ageBandTotals(responses);
  const rows = contactsPerCase(agencies, responses);
  const ageUnknown = ageUnknownTotal(responses);
  return {
    respondents: submittedOnly(responses).length,
    ageBands: bands,
    ageUnknown,
    caseloadTotal: bands.reduce((sum, b) => sum + b.cases, ageUnknown),
    dropOffBands: dropOffBands(bands),
    dropOffs: dropOffs(bands),
    contactsPerCase: rows,
    contactsByAgeGroup: contactsPerCaseByAgeGroup(agencies, rows),
    professions: professionSummary(responses),
    supportContent: multiChoiceSummary(responses, QUESTION.supportContent),
  };
}
