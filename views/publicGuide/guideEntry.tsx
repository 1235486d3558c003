import type { PublishedEntry } from '../../src/publicGuide/guide.ts';
import { needLabel } from '../../src/lib/labels/publicGuide.ts';
import { Ruby } from './ruby.tsx';

/** One agency as residents read it: what it offers, for whom, how to reach it and when. */
export function GuideEntryCard({ entry, furigana }: { entry: PublishedEntry; furigana: boolean }) {
  return (
    <article class="guide-entry">
      <h3>{entry.name}</h3>
      <dl>
        <dt>
          <Ruby text="対象年齢" on={furigana} />
        </dt>
        <dd>{entry.ageLabel}</dd>
        <dt>
          <Ruby text="相談できること" on={furigana} />
        </dt>
        <dd>
          <Ruby text={entry.offers} on={furigana} />
          {entry.needs.length > 0 && (
            <ul class="guide-needs">
              {entry.needs.map((n) => (
                <li>
                  <Ruby text={needLabel(n)} on={furigana} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>
          <Ruby text="連絡先・相談の方法" on={furigana} />
        </dt>
        <dd class="guide-reach">
          <Ruby text={entry.reach} on={furigana} />
        </dd>
        {entry.hours && (
          <>
            <dt>
              <Ruby text="受付時間" on={furigana} />
            </dt>
            <dd>
              <Ruby text={entry.hours} on={furigana} />
            </dd>
          </>
        )}
      </dl>
      {(entry.familyOnly || entry.anonymous) && (
        <p class="guide-flags">
          {entry.familyOnly && (
            <span class="guide-flag">
              <Ruby text="家族だけの相談もできます" on={furigana} />
            </span>
          )}
          {entry.anonymous && (
            <span class="guide-flag">
              <Ruby text="名前を言わずに（匿名で）相談できます" on={furigana} />
            </span>
          )}
        </p>
      )}
    </article>
  );
}
