// Two people editing one case sheet: what the stored sheet and the refused input say, field by
// field, so the second person sees both versions before deciding what to keep.
import type { FormValues, RawForm } from '../http/form.ts';
import {
  CASE_AGE_BAND_LABEL,
  CASE_TEXT_FIELDS,
  CLASSIFICATION_LABEL,
  CONSENT_LABEL,
  DURATION_LABEL,
  FACTOR_VALUES,
  FIRST_CONTACT_LABEL,
  GAP_POINT_LABEL,
  HOUSEHOLD_LABEL,
  SEX_LABEL,
  type FactorDef,
} from '../lib/labels/cases.ts';
import type { TimelineRow } from './form.ts';

export type VersionDifference = { label: string; stored: string; typed: string };

const CHOICES: { key: string; label: string; names: Record<string, string> }[] = [
  { key: 'classification', label: '事例の区分', names: CLASSIFICATION_LABEL },
  { key: 'ageBand', label: '年齢帯', names: CASE_AGE_BAND_LABEL },
  { key: 'duration', label: 'ひきこもり期間', names: DURATION_LABEL },
  { key: 'sex', label: '性別', names: SEX_LABEL },
  { key: 'household', label: '世帯構成', names: HOUSEHOLD_LABEL },
  { key: 'firstContact', label: '最初の相談者', names: FIRST_CONTACT_LABEL },
  { key: 'consent', label: '情報提供についての同意', names: CONSENT_LABEL },
  { key: 'gapPoints', label: '狭間に落ちた・落ちそうになった場面', names: GAP_POINT_LABEL },
];
const FACTOR_NAMES: Record<string, string> = Object.fromEntries(FACTOR_VALUES.map((o) => [o.value, o.label]));

const list = (v: unknown): string[] =>
  v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
const shown = (v: unknown, names?: Record<string, string>) =>
  list(v)
    .map((x) => (names ? (names[x] ?? x) : x).trim())
    .filter(Boolean)
    .join('、');
const timelineText = (rows: TimelineRow[], agencyNames: Map<number, string>) =>
  rows
    .filter((r) => r.when.trim() || r.agency || r.event.trim())
    .map((r) => [r.when, r.agency ? (agencyNames.get(Number(r.agency)) ?? '') : '', r.event].join(' ／ '))
    .join('\n');

/**
 * The fields where the stored sheet and the typed input differ (empty: they say the same, so
 * the save can go through whatever the version).
 */
export function caseVersionDifferences(
  stored: { values: FormValues; timeline: TimelineRow[] },
  typed: { values: RawForm; timeline: TimelineRow[] },
  factors: FactorDef[],
  agencyNames: Map<number, string>,
): VersionDifference[] {
  const fields = [
    ...CHOICES,
    ...CASE_TEXT_FIELDS.map((f) => ({ key: f.key, label: f.label, names: undefined })),
    ...factors.map((f) => ({ key: `factor_${f.key}`, label: `要因：${f.label}`, names: FACTOR_NAMES })),
    {
      key: 'involvedAgencyIds',
      label: '関わった機関',
      names: Object.fromEntries([...agencyNames].map(([id, name]) => [String(id), name])),
    },
  ];
  const out: VersionDifference[] = [];
  for (const f of fields) {
    const a = shown(stored.values[f.key], f.names);
    const b = shown(typed.values[f.key], f.names);
    if (a !== b) out.push({ label: f.label, stored: a, typed: b });
  }
  const a = timelineText(stored.timeline, agencyNames);
  const b = timelineText(typed.timeline, agencyNames);
  if (a !== b) out.push({ label: '支援の経過', stored: a, typed: b });
  return out;
}

/** The version the form was loaded with; undefined when the form does not say (older pages). */
export function formVersion(form: RawForm): number | undefined {
  const v = form.version;
  return typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : undefined;
}
