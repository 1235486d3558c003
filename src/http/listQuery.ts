// Lists staff search, sort and filter (agencies, cases, …): the state lives in the URL
// (?q=…&sort=…&<filter>=…) so a link or a reload shows the same list.
import type { Context } from 'hono';

export type ListQuery = { q: string; sort: string; filters: Record<string, string> };

export type ListSpec<T> = {
  /** What the search box matches against. */
  text: (item: T) => string;
  /** Orders by key; the first is the default. */
  sorts: Record<string, (a: T, b: T) => number>;
  filters?: Record<string, (item: T, value: string) => boolean>;
};

const MAX_QUERY = 100;

/** The list state from the URL; unknown sorts fall back to the default, blank filters are dropped. */
export function readListQuery<T>(c: Context, spec: ListSpec<T>): ListQuery {
  const sortKeys = Object.keys(spec.sorts);
  const sort = c.req.query('sort') ?? '';
  const filters: Record<string, string> = {};
  for (const name of Object.keys(spec.filters ?? {})) {
    const value = (c.req.query(name) ?? '').slice(0, MAX_QUERY);
    if (value) filters[name] = value;
  }
  return {
    q: (c.req.query('q') ?? '').trim().slice(0, MAX_QUERY),
    sort: sortKeys.includes(sort) ? sort : sortKeys[0],
    filters,
  };
}

/** The items the query keeps, in its order (search ignores case and full/half width). */
export function applyListQuery<T>(items: T[], query: ListQuery, spec: ListSpec<T>): T[] {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const words = fold(query.q).split(/\s+/).filter(Boolean);
  const kept = items.filter(
    (item) =>
      words.every((w) => fold(spec.text(item)).includes(w)) &&
      Object.entries(query.filters).every(([name, value]) => spec.filters?.[name]?.(item, value) ?? true),
  );
  return kept.sort(spec.sorts[query.sort]);
}
