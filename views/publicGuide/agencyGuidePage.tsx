import type { FieldErrors } from '../../src/http/form.ts';
import type { AgencyGuideView } from '../../src/publicGuide/staffViewModel.ts';
import { GUIDE_NEEDS } from '../../src/lib/labels/publicGuide.ts';
import { agencyGuidePath, agencyGuideWithdrawPath } from '../../src/lib/paths/publicGuide.ts';
import { agencyPortalPath } from '../../src/lib/paths/agencies.ts';
import { Layout } from '../layout/layout.tsx';
import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import { GuideEntryCard } from './guideEntry.tsx';

/** The agency checks how it appears in the public guide and agrees to be listed, or not. */
export function AgencyGuidePage({
  token,
  view,
  errors,
  done,
}: {
  token: string;
  view: AgencyGuideView;
  errors?: FieldErrors;
  done?: string;
}) {
  const needs = Array.isArray(view.values.needs) ? (view.values.needs as string[]) : [];
  const needsError = Object.entries(errors ?? {}).find(([k]) => k.startsWith('needs'))?.[1];
  return (
    <Layout title="相談先ガイドの掲載" bare>
      <p>
        <a href={agencyPortalPath(token)}>← {view.agencyName} 様のページへ戻る</a>
      </p>
      <h1>相談先ガイドの掲載</h1>
      <p>
        {'保健所が作る「相談先ガイド」は、住民やご家族が年齢と相談したいことから相談先をさがせる公開ページ（とチラシ・ポスター）です。' +
          '掲載は任意です。ここで入力した内容を貴機関が確認し「この内容で掲載する」を押したときだけ、そのまま掲載されます。'}
      </p>
      {!view.guideEnabled && (
        <Notice>ガイドはまだ公開されていません。公開されると、確認済みの内容が掲載されます。</Notice>
      )}
      {done && <Notice kind="success">{done}</Notice>}
      <ErrorSummary errors={errors} />
      <form method="post" action={agencyGuidePath(token)} class="stack">
        <CsrfField />
        <Field
          name="offers"
          label="相談できること"
          required
          multiline
          rows={3}
          hint="住民に分かる言葉で。例：不登校や中退後の進路の相談、ご家族だけの相談も受けています。"
          values={view.values}
          errors={errors}
        />
        <fieldset>
          <legend>さがすときの項目（当てはまるものすべて）</legend>
          {needsError && (
            <p class="error" role="alert">
              {needsError}
            </p>
          )}
          {GUIDE_NEEDS.map((n) => (
            <label class="check">
              <input type="checkbox" name="needs" value={n.key} checked={needs.includes(n.key)} /> {n.label}
            </label>
          ))}
        </fieldset>
        <Field
          name="reach"
          label="連絡先・相談の方法"
          required
          multiline
          rows={2}
          hint="電話番号、所在地、予約の要否など。個人の名前は書かないでください。"
          values={view.values}
          errors={errors}
        />
        <Field
          name="hours"
          label="受付時間"
          hint="例：平日 9時〜17時（祝日・年末年始を除く）"
          values={view.values}
          errors={errors}
        />
        <div class="field">
          <label class="check">
            <input type="checkbox" name="familyOnly" checked={view.values.familyOnly === true} />{' '}
            ご本人が来られなくても、家族だけの相談を受けられる
          </label>
          <label class="check">
            <input type="checkbox" name="anonymous" checked={view.values.anonymous === true} />{' '}
            名前を言わずに（匿名で）相談できる
          </label>
        </div>
        <div class="actions">
          <button type="submit" class="primary">
            この内容で掲載する
          </button>
        </div>
      </form>
      {view.published ? (
        <section>
          <h2>現在の掲載内容</h2>
          <GuideEntryCard entry={view.published} furigana={false} />
          <form method="post" action={agencyGuideWithdrawPath(token)}>
            <CsrfField />
            <button type="submit">掲載をやめる</button>
          </form>
        </section>
      ) : (
        !view.declined && (
          <form method="post" action={agencyGuideWithdrawPath(token)}>
            <CsrfField />
            <p class="muted">掲載を希望しない場合は、保健所に伝わるよう次のボタンを押してください。</p>
            <button type="submit">掲載しない</button>
          </form>
        )
      )}
    </Layout>
  );
}
