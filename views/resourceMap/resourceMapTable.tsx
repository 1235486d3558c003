import type { ResourceMap } from '../../src/resourceMap/map.ts';

const LEVEL_TEXT = { none: '支援機関なし', single: '1機関のみ', covered: '' } as const;

/** Summary line naming the bands with no agency or a single agency. */
export function CoverageSummary({ map }: { map: ResourceMap }) {
  const label = (keys: string[]) =>
    map.coverage
      .filter((c) => keys.includes(c.band))
      .map((c) => c.label)
      .join('、');
  return (
    <ul class="rm-summary">
      <li>
        <span class="rm-key rm-none" aria-hidden="true"></span>支援機関のない年齢帯：
        {map.gapBands.length ? label(map.gapBands) : 'なし'}
      </li>
      <li>
        <span class="rm-key rm-single" aria-hidden="true"></span>1機関のみが対応している年齢帯：
        {map.singleBands.length ? label(map.singleBands) : 'なし'}
      </li>
    </ul>
  );
}

/**
 * Agencies by field (rows) against age bands (columns). A filled cell means the agency serves
 * that age; the last row counts agencies per band and marks gaps. Rows never split across pages.
 */
export function ResourceMapTable({ map, caption }: { map: ResourceMap; caption?: string }) {
  return (
    <table class="rm-table">
      {caption && <caption>{caption}</caption>}
      <colgroup>
        <col class="rm-col-name" />
        <col class="rm-col-age" />
        {map.bands.map(() => (
          <col class="rm-col-band" />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">分野・機関名</th>
          <th scope="col">対象年齢</th>
          {map.bands.map((b) => (
            <th scope="col" class="rm-band">
              {b.label}
            </th>
          ))}
        </tr>
      </thead>
      {map.fields.map((f) => (
        <tbody class={`rm-field rm-field-${f.field}`}>
          <tr class="rm-field-head">
            <th scope="rowgroup" colspan={2}>
              {f.label}（{f.agencies.length}機関）
            </th>
            {f.counts.map((n) => (
              <td class="num rm-field-count">{n || ''}</td>
            ))}
          </tr>
          {f.agencies.length === 0 ? (
            <tr>
              <td colspan={map.bands.length + 2} class="muted">
                この分野の機関は登録されていません。
              </td>
            </tr>
          ) : (
            f.agencies.map((a) => (
              <tr>
                <th scope="row" class="rm-name">
                  {a.name}
                  <span class="rm-kind">{a.kind}</span>
                </th>
                <td class="rm-age">{a.ageLabel}</td>
                {a.bands.map((on, i) =>
                  on ? (
                    <td class="rm-on" title={map.bands[i].label}>
                      <span class="visually-hidden">対象</span>
                    </td>
                  ) : (
                    <td class="rm-off"></td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      ))}
      <tfoot>
        <tr>
          <th scope="row" colspan={2}>
            対応している機関数
          </th>
          {map.coverage.map((c) => (
            <td class={`num rm-count rm-${c.level}`}>
              {c.agencies}
              {c.level !== 'covered' && <span class="rm-flag">{LEVEL_TEXT[c.level]}</span>}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
