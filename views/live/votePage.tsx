// /m/<code>/vote: the dot-voting ballot of a participant.
import { CsrfField } from '../components/form.tsx';
import { ParticipantLayout } from './participantLayout.tsx';
import type { LivePrompt, LiveSession } from '../../src/live/sessionQueries.ts';
import type { LiveGroup } from '../../src/live/groupQueries.ts';
import type { LiveCard } from '../../src/live/cardQueries.ts';
import { sheetPath, voteCardPath } from '../../src/lib/paths/live.ts';

export function VotePage(p: {
  code: string;
  session: LiveSession;
  cards: LiveCard[];
  groups: LiveGroup[];
  prompts: LivePrompt[];
  mine: Map<number, number>;
  used: number;
  groupId: number | null;
  message?: string;
}) {
  const left = p.session.votesPerPerson - p.used;
  const groupName = new Map(p.groups.map((g) => [g.id, g.name]));
  const promptText = new Map(p.prompts.map((x) => [x.id, x.text]));
  const open = p.session.status === 'open' && p.session.votingStatus === 'open';
  return (
    <ParticipantLayout title="投票">
      <section class="p-vote">
        <h1>投票</h1>
        {p.message && (
          <p class="alert warn" role="alert">
            {p.message}
          </p>
        )}
        {open ? (
          <p class="p-left" aria-live="polite">
            {`残り ${left} 票（1人 ${p.session.votesPerPerson} 票まで。同じカードに何票でも入れられます）`}
          </p>
        ) : (
          <p class="alert warn">いまは投票を受け付けていません。</p>
        )}
        <ul class="p-cards vote-list">
          {p.cards.map((card) => {
            const mine = p.mine.get(card.id) ?? 0;
            return (
              <li class="p-card" id={`v-card-${card.id}`}>
                <span class="p-text">{card.text}</span>
                <small class="muted">{`${groupName.get(card.groupId) ?? ''}・${promptText.get(card.promptId) ?? ''}`}</small>
                <span class="p-actions">
                  <span class="my-votes">
                    {mine > 0 && (
                      <>
                        <span aria-hidden="true">{'●'.repeat(mine)}</span>
                        {` あなたの票 ${mine}`}
                      </>
                    )}
                  </span>
                  {open && (
                    <>
                      <form method="post" action={voteCardPath(p.code, card.id)} class="inline">
                        <CsrfField />
                        <button type="submit" disabled={left <= 0}>
                          ＋1票
                        </button>
                      </form>
                      {mine > 0 && (
                        <form method="post" action={`${voteCardPath(p.code, card.id)}/withdraw`} class="inline">
                          <CsrfField />
                          <button type="submit" class="link">
                            取り消す
                          </button>
                        </form>
                      )}
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
        {p.groupId && (
          <p>
            <a href={sheetPath(p.code, p.groupId)}>グループのシートへ戻る</a>
          </p>
        )}
      </section>
    </ParticipantLayout>
  );
}
