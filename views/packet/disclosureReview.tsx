// 公開範囲の確認: the printed items with free text about a person, the audience each goes to, how
// it prints and where to change it; the issue form beneath asks staff to confirm they checked it.
// Shared by every printed output that is issued (packet, year-end report).
import type { DisclosureItem } from '../../src/packet/disclosure.ts';

export function DisclosureReview({ items, audience }: { items: DisclosureItem[]; audience: string }) {
  return (
    <section aria-labelledby="disclosure" class="disclosure-review">
      <h2 id="disclosure">公開範囲の確認</h2>
      <p class="hint">発行の前に、人についての文章を含む項目と、それが届く相手を確認してください。配布先：{audience}</p>
      {items.length === 0 ? (
        <p class="muted">人についての文章を含む項目はありません（集計・件数のみ）。</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">項目</th>
                <th scope="col">内容（冒頭）</th>
                <th scope="col">届く相手</th>
                <th scope="col">載せ方</th>
                <th scope="col">変更</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr>
                  <th scope="row">{i.what}</th>
                  <td>{i.excerpt || <span class="muted">—</span>}</td>
                  <td>{i.audience}</td>
                  <td>{i.how}</td>
                  <td>
                    <a href={i.change.href}>{i.change.label}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The box the issue form needs ticked (name `reviewed`). */
export function DisclosureConfirm({ error }: { error?: string }) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      {error && (
        <p class="error" id="f-reviewed-error">
          {error}
        </p>
      )}
      <label>
        <input
          type="checkbox"
          name="reviewed"
          value="on"
          required
          aria-describedby={error ? 'f-reviewed-error' : undefined}
        />{' '}
        公開範囲を確認しました（上の一覧の項目と届く相手）
      </label>
    </div>
  );
}
