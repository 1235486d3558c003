import type { PublicGuidePageProps } from '../../src/publicGuide/guideViewModel.ts';
import { GUIDE_AGE_GROUPS, GUIDE_NEEDS } from '../../src/lib/labels/publicGuide.ts';
import { guideLeafletPath, publicGuidePath } from '../../src/lib/paths/publicGuide.ts';
import { GuideDocument } from './guideDocument.tsx';
import { GuideEntryCard } from './guideEntry.tsx';
import { Ruby } from './ruby.tsx';

/** The resident's page: pick an age and a need, read where to consult. Works without scripts. */
export function PublicGuidePage(p: PublicGuidePageProps) {
  const furigana = p.query.furigana === true;
  const filtered = Boolean(p.query.age || p.query.need);
  return (
    <GuideDocument title={p.title}>
      <header class="guide-head">
        <p class="guide-owner">{p.projectName}</p>
        <h1>
          <Ruby text={p.title} on={furigana} />
        </h1>
        <p>
          <Ruby text={p.intro} on={furigana} />
        </p>
        <p class="guide-tools">
          <a href={publicGuidePath(p.slug, { ...p.query, furigana: !furigana })}>
            {furigana ? 'ふりがなを消す' : 'ふりがなをつける'}
          </a>
          <a href={guideLeafletPath(p.slug, furigana)}>印刷用（A4）</a>
        </p>
      </header>
      <main id="main">
        <form class="guide-filter" method="get" action={publicGuidePath(p.slug)}>
          {furigana && <input type="hidden" name="furigana" value="1" />}
          <label for="g-age">
            <Ruby text="年齢（ご本人の）" on={furigana} />
          </label>
          <select id="g-age" name="age">
            <option value="">すべての年齢</option>
            {GUIDE_AGE_GROUPS.map((g) => (
              <option value={g.key} selected={g.key === p.query.age}>
                {g.label}
              </option>
            ))}
          </select>
          <label for="g-need">
            <Ruby text="相談したいこと" on={furigana} />
          </label>
          <select id="g-need" name="need">
            <option value="">すべて</option>
            {GUIDE_NEEDS.map((n) => (
              <option value={n.key} selected={n.key === p.query.need}>
                {n.label}
              </option>
            ))}
          </select>
          <button type="submit">さがす</button>
        </form>
        <p class="guide-count" role="status">
          {filtered ? `条件に合う相談先：${p.entries.length}か所（全${p.total}か所）` : `相談先：${p.total}か所`}
          {filtered && (
            <>
              {' '}
              <a href={publicGuidePath(p.slug, { furigana })}>条件を外す</a>
            </>
          )}
        </p>
        {p.entries.length === 0 ? (
          <p class="guide-empty">
            <Ruby
              text="条件に合う相談先が見つかりませんでした。年齢や相談したいことを変えるか、「どこに相談すればよいか分からない」を選んでください。"
              on={furigana}
            />
          </p>
        ) : (
          p.entries.map((e) => <GuideEntryCard entry={e} furigana={furigana} />)
        )}
      </main>
      <footer class="guide-foot">
        <p>
          <Ruby
            text="このページは、各窓口が自ら確認した内容を掲載しています。ご相談の内容がこのページに記録されることはありません。"
            on={furigana}
          />
        </p>
      </footer>
    </GuideDocument>
  );
}
