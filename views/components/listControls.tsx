// Search, sort and filters above a list: a GET form, so the state stays in the URL.
import type { ListQuery } from '../../src/http/listQuery.ts';

type Option = { value: string; label: string };

export function ListControls(p: {
  action: string;
  query: ListQuery;
  searchLabel: string;
  sorts: Option[];
  filters?: { name: string; label: string; options: readonly Option[] }[];
  shown: number;
  total: number;
}) {
  const active = p.query.q !== '' || Object.keys(p.query.filters).length > 0;
  return (
    <form method="get" action={p.action} class="list-controls no-print" role="search">
      <div class="field">
        <label for="lc-q">{p.searchLabel}</label>
        <input id="lc-q" type="search" name="q" value={p.query.q} maxlength={100} />
      </div>
      {(p.filters ?? []).map((f) => (
        <div class="field">
          <label for={`lc-${f.name}`}>{f.label}</label>
          <select id={`lc-${f.name}`} name={f.name}>
            <option value="">すべて</option>
            {f.options.map((o) => (
              <option value={o.value} selected={p.query.filters[f.name] === o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div class="field">
        <label for="lc-sort">並べ方</label>
        <select id="lc-sort" name="sort">
          {p.sorts.map((o) => (
            <option value={o.value} selected={p.query.sort === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div class="list-controls-actions">
        <button type="submit">表示する</button>
        {active && <a href={p.action}>条件をクリア</a>}
      </div>
      <p class="muted list-controls-count" role="status">
        {active ? `${p.total}件中 ${p.shown}件を表示` : `${p.total}件`}
      </p>
    </form>
  );
}
