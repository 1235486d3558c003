// Case material for the packet: counts by age band and classification, and overviews of the
// cases proposed for this meeting. Only submitted sheets (those that passed the personal-
// information guard) appear; agency names can be replaced by letters (事例提供機関を伏せる).
// Consent decides what prints (caseTextMayPrint): a case whose text may not print in this kind of
// meeting appears only in the counts — no card, no case-study sheet.
import { smallClassNotes, type ShareCell } from '../cases/factorComparison.ts';
import {
  CASE_AGE_BAND_LABEL,
  CASE_TEXT_FIELDS,
  CLASSIFICATION_LABEL,
  CONSENT_LABEL,
  type CaseTextField,
} from '../lib/labels/cases.ts';
import { AGE_BANDS } from '../lib/labels/questionnaire.ts';
import { caseTextMayPrint } from '../lib/labels/privacy.ts';
import type { MeetingKind } from '../lib/labels/meetings.ts';

export type CaseBandRow = { band: string; label: string; good: number; difficult: number; total: number };
export type CaseOverview = {
  id: number;
  key: string;
  classification: string;
  ageBand: string;
  consent: string;
  agency: string;
  involved: string[];
  texts: { label: string; text: string }[];
};
/** The cases proposed for the meeting as printed, and how many were left out for want of consent. */
export type CaseCandidates = { shown: CaseOverview[]; withheld: number };

type SubmittedCase = { classification: string | null; ageBand: string | null };
type CandidateCase = SubmittedCase & {
  id: number;
  key: string;
  agencyId: number;
  consent: string | null;
  involvedAgencyIds: number[];
} & Record<CaseTextField, string>;

/** Submitted cases per age band (plus 不明) and classification; empty bands are kept so gaps show. */
export function countCasesByBand(cases: readonly SubmittedCase[]): CaseBandRow[] {
  const bands = [...AGE_BANDS.map((b) => b.key as string), 'unknown'];
  return bands
    .map((band) => {
      const inBand = cases.filter((c) => (c.ageBand && bands.includes(c.ageBand) ? c.ageBand : 'unknown') === band);
      const good = inBand.filter((c) => c.classification === 'good').length;
      const difficult = inBand.filter((c) => c.classification === 'difficult').length;
      return { band, label: CASE_AGE_BAND_LABEL[band] ?? band, good, difficult, total: inBand.length };
    })
    .filter((r) => r.band !== 'unknown' || r.total > 0);
}

/** One factor of the good/difficult comparison as printed: labelled, with both classes' counts and shares. */
export type CaseFactorView = { label: string; groupLabel: string; good: ShareCell; difficult: ShareCell };

/**
 * The packet JSON's caseFactors as the cases section prints them: labelled by the factor
 * definitions (the key when a definition is missing), in the JSON's fixed factor order — the
 * page's default; nobody sorts a printed packet by difference.
 */
export function caseFactorViews(
  caseFactors: readonly { factor: string; good: ShareCell; difficult: ShareCell }[],
  defs: Readonly<Record<string, { label: string; groupLabel: string }>>,
): CaseFactorView[] {
  return caseFactors.map((f) => ({
    label: defs[f.factor]?.label ?? f.factor,
    groupLabel: defs[f.factor]?.groupLabel ?? '',
    good: f.good,
    difficult: f.difficult,
  }));
}

/** The small-number notes of the comparison, from the class sizes the JSON counted (every row has the same totals). */
export function caseFactorNotes(caseFactors: readonly { good: ShareCell; difficult: ShareCell }[]): string[] {
  const first = caseFactors[0];
  if (!first || first.good.total + first.difficult.total === 0) return [];
  return smallClassNotes({ good: first.good.total, difficult: first.difficult.total });
}

/** "A機関", "B機関" … "Z機関", "AA機関" in order of first appearance. */
export function pseudonym(index: number): string {
  let n = index;
  let s = '';
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${s}機関`;
}

/**
 * Names agencies in case sections: the real name, or a letter that stays the same for one
 * agency throughout the packet when names are hidden.
 */
export type AgencyRef = { key: string; name: string };
export function agencyLabeler(hide: boolean): (agency: AgencyRef) => string {
  const letters = new Map<string, string>();
  return (a) => {
    if (!hide) return a.name;
    if (!letters.has(a.key)) letters.set(a.key, pseudonym(letters.size));
    return letters.get(a.key)!;
  };
}

export function caseOverviews(
  cases: readonly CandidateCase[],
  directory: ReadonlyMap<number, AgencyRef>,
  label: (agency: AgencyRef) => string,
  kind: MeetingKind,
): CaseCandidates {
  const nameOf = (id: number) => {
    const a = directory.get(id);
    return a ? label(a) : '';
  };
  const printable = cases.filter((c) => caseTextMayPrint(c.consent, kind));
  return {
    withheld: cases.length - printable.length,
    shown: printable.map((c) => ({
      id: c.id,
      key: c.key,
      classification: c.classification ? CLASSIFICATION_LABEL[c.classification as 'good' | 'difficult'] : '',
      ageBand: c.ageBand ? (CASE_AGE_BAND_LABEL[c.ageBand] ?? c.ageBand) : '不明',
      consent: CONSENT_LABEL[c.consent as keyof typeof CONSENT_LABEL],
      agency: nameOf(c.agencyId),
      involved: c.involvedAgencyIds.filter((id) => id !== c.agencyId).map(nameOf),
      texts: CASE_TEXT_FIELDS.map((f) => ({ label: f.label, text: c[f.key].trim() })).filter((t) => t.text),
    })),
  };
}

export type CaseStudyView = {
  caseKey: string;
  classification: string;
  summary: string;
  sections: { key: string; label: string; text: string }[];
  agencyViews: { agency: string; views: { label: string; text: string }[] }[];
};

type StudyInput = {
  caseKey: string;
  classification: string | null;
  summary: string;
  sections: { key: string; label: string; text: string }[];
  agencyViews: { agencyKey: string; agencyName: string; views: { label: string; text: string }[] }[];
};

/**
 * Filled case-study sheets as printed: sheets of cases no longer submitted are left out, so are
 * the sheets of cases whose text may not print in this kind of meeting (counted in `withheld`);
 * blank parts are dropped, agencies named by `label`.
 */
export function caseStudyViews(
  studies: readonly StudyInput[],
  consentByKey: ReadonlyMap<string, string | null>,
  label: (agency: AgencyRef) => string,
  kind: MeetingKind,
): { studies: CaseStudyView[]; withheld: number } {
  const filled = <T extends { text: string }>(xs: readonly T[]) =>
    xs.filter((x) => x.text.trim()).map((x) => ({ ...x, text: x.text.trim() }));
  const submitted = studies.filter((s) => consentByKey.has(s.caseKey));
  const printable = submitted.filter((s) => caseTextMayPrint(consentByKey.get(s.caseKey) ?? null, kind));
  return {
    withheld: submitted.length - printable.length,
    studies: printable.map((s) => ({
      caseKey: s.caseKey,
      classification: s.classification ? CLASSIFICATION_LABEL[s.classification as 'good' | 'difficult'] : '',
      summary: s.summary.trim(),
      sections: filled(s.sections).map(({ key, label: l, text }) => ({ key, label: l, text })),
      agencyViews: s.agencyViews
        .map((a) => ({
          agency: label({ key: a.agencyKey, name: a.agencyName }),
          views: filled(a.views).map(({ label: l, text }) => ({ label: l, text })),
        }))
        .filter((a) => a.views.length > 0),
    })),
  };
}
