// Japanese document conventions for printed packets: 令和 dates, percentages, safe CSS strings.

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** "2024-12-24" → "令和6年12月24日（火）" (Western year before 令和). */
export function warekiDate(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  const era = y >= 2019 && !(y === 2019 && mo < 5) ? (y === 2019 ? '令和元年' : `令和${y - 2018}年`) : `${y}年`;
  return `${era}${mo}月${d}日（${weekday}）`;
}

/** A date range without repeating the era and year: "令和6年10月18日〜10月25日". */
export function warekiPeriod(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  const short = (ymd: string) => warekiDate(ymd).replace(/（.）$/, '');
  if (!from || !to) return `${from ? short(from) : ''}〜${to ? short(to) : ''}`;
  const a = short(from);
  const b = short(to);
  const year = /^.*?年/.exec(a)?.[0] ?? '';
  return `${a}〜${b.startsWith(year) && from.slice(0, 4) === to.slice(0, 4) ? b.slice(year.length) : b}`;
}

/** 0.778 → "77.8%"; null → "—". */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** A value for a CSS `content:` string inside a <style> element (no way to close the element). */
export function cssString(value: string): string {
  return `"${value
    .replace(/[\\"]/g, (ch) => `\\${ch}`)
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '\\3c ')}"`;
}

/** How a problems → issues row was started, shown when it has no linked source. */
export const ISSUE_ORIGIN_LABEL = {
  hearing: 'ヒアリング',
  case: '支援事例',
  meeting: '会議',
  manual: '事務局',
} as const;
