// Hearing themes across agencies: how often each theme was tagged per agency, and the tagged
// passages grouped by theme (the packet's hearing summary). Pure: no DB, no HTTP.

type ThemeLike = { id: number; key: string; label: string };
type AgencyLike = { id: number; key: string; name: string };
type HearingLike = { id: number; agencyId: number; sections: Record<string, string>; date?: string };
type PassageLike = {
  id: number;
  hearingId: number;
  sectionId: string | null;
  excerpt: string;
  themeIds: number[];
  /** Absent (older callers): not shared. */
  shared?: boolean;
};

export type ThemeRow = { theme: ThemeLike; byAgency: number[]; passages: number; agencies: number };
export type ThemePassage = {
  passageId: number;
  hearingId: number;
  agency: AgencyLike;
  sectionId: string | null;
  text: string;
  /** The hearing's date (JST, YYYY-MM-DD), when the caller loaded it. */
  date: string | null;
  /** The agency agreed to be named with it; else it prints as 「ある機関」 and stays off other agencies' links. */
  shared: boolean;
};
export type ThemeSummary = {
  /** Columns: agencies with at least one hearing record, in directory order. */
  agencies: AgencyLike[];
  rows: ThemeRow[];
  groups: { theme: ThemeLike; passages: ThemePassage[] }[];
};

/** The words a passage stands for: its excerpt, else the whole section it tags. */
export function passageText(
  p: { sectionId: string | null; excerpt: string },
  hearing: { sections: Record<string, string> },
): string {
  if (p.excerpt) return p.excerpt;
  return p.sectionId ? (hearing.sections[p.sectionId] ?? '') : '';
}

export type ThemeSummaryInput = {
  themes: ThemeLike[];
  agencies: AgencyLike[];
  hearings: HearingLike[];
  passages: PassageLike[];
};

export function summariseThemes(input: ThemeSummaryInput): ThemeSummary {
  const hearingById = new Map(input.hearings.map((h) => [h.id, h]));
  const heard = new Set(input.hearings.map((h) => h.agencyId));
  const columns = input.agencies.filter((a) => heard.has(a.id));
  const agencyById = new Map(input.agencies.map((a) => [a.id, a]));
  const rows: ThemeRow[] = [];
  const groups: ThemeSummary['groups'] = [];
  for (const theme of input.themes) {
    const tagged = input.passages.filter((p) => p.themeIds.includes(theme.id) && hearingById.has(p.hearingId));
    const perAgency = new Map<number, number>();
    for (const p of tagged) {
      const agencyId = hearingById.get(p.hearingId)!.agencyId;
      perAgency.set(agencyId, (perAgency.get(agencyId) ?? 0) + 1);
    }
    rows.push({
      theme,
      byAgency: columns.map((a) => perAgency.get(a.id) ?? 0),
      passages: tagged.length,
      agencies: perAgency.size,
    });
    groups.push({
      theme,
      passages: tagged.flatMap((p) => {
        const hearing = hearingById.get(p.hearingId)!;
        const agency = agencyById.get(hearing.agencyId);
        return agency
          ? [
              {
                passageId: p.id,
                hearingId: p.hearingId,
                agency,
                sectionId: p.sectionId,
                text: passageText(p, hearing),
                date: hearing.date ?? null,
                shared: p.shared ?? false,
              },
            ]
          : [];
      }),
    });
  }
  return { agencies: columns, rows, groups };
}

/** `hearingThemes` of the packet JSON: per theme, passages and agencies, by agency key. */
export function hearingThemesJson(summary: ThemeSummary) {
  return summary.rows.map((r) => ({
    theme: r.theme.key,
    label: r.theme.label,
    agencies: r.agencies,
    passages: r.passages,
    byAgency: Object.fromEntries(summary.agencies.flatMap((a, i) => (r.byAgency[i] ? [[a.key, r.byAgency[i]]] : []))),
  }));
}
