// The packet's sentence on when the three survey parts ran: 「並行して」 only for parts whose
// periods overlap (seed 000: アンケート 10/18–10/25 and 事例提供 10/18–10/31 overlap, the
// hearings 11/7–11/14 come after). Pure: callers pass the survey windows.

export type SurveyPeriod = { label: string; opensOn: string | null; closesOn: string | null };

/** Parts grouped into runs of overlapping periods, in date order; undated parts apart. */
export function overlappingRuns(parts: readonly SurveyPeriod[]): { runs: string[][]; undated: string[] } {
  const dated = parts
    .filter((p) => p.opensOn || p.closesOn)
    .map((p) => ({ label: p.label, start: (p.opensOn ?? p.closesOn)!, end: (p.closesOn ?? p.opensOn)! }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const runs: { labels: string[]; end: string }[] = [];
  for (const p of dated) {
    const last = runs.at(-1);
    if (last && p.start <= last.end) {
      last.labels.push(p.label);
      if (p.end > last.end) last.end = p.end;
    } else runs.push({ labels: [p.label], end: p.end });
  }
  return {
    runs: runs.map((r) => r.labels),
    undated: parts.filter((p) => !p.opensOn && !p.closesOn).map((p) => p.label),
  };
}

export function surveyTimingSentence(parts: readonly SurveyPeriod[]): string {
  const { runs, undated } = overlappingRuns(parts);
  const names = (labels: string[]) => labels.join(labels.length > 2 ? '・' : 'と');
  let sentence: string;
  if (!runs.length) sentence = '実態調査の実施期間はまだ設定されていません。';
  else if (runs.length === 1 && runs[0].length > 1)
    sentence = `実態調査は、${names(runs[0])}の${runs[0].length}つを並行して実施しました。`;
  else if (runs.length === 1) sentence = `実態調査は、${runs[0][0]}を実施しました。`;
  else {
    const steps = runs.map((r) => (r.length > 1 ? `${names(r)}（並行して実施）` : r[0]));
    sentence = `実態調査は、${steps.join('、')}の順に実施しました。`;
  }
  if (runs.length && undated.length) sentence += `${undated.join('・')}は実施期間が設定されていません。`;
  return sentence;
}
