// An issued minutes version as document blocks (for DOCX).
import type { DocBlock } from '../report/docx.ts';
import type { MinutesVersion } from './queries.ts';
import { formatDate } from '../lib/format.ts';

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

export function minutesBlocks(v: MinutesVersion): DocBlock[] {
  const c = v.content;
  const a = c.issued?.attendance;
  return [
    { kind: 'title', text: `${c.issued?.title ?? ''} 議事録` },
    { kind: 'p', text: `開催日 ${formatDate(c.issued?.date ?? '')}・第${v.version}版` },
    { kind: 'h1', text: '出席者' },
    { kind: 'list', items: a ? a.agencies.map((x) => (x.count ? `${x.name}（${x.count}名）` : x.name)) : [] },
    ...(a?.advisers.length ? [{ kind: 'p' as const, text: `助言者：${a.advisers.join('、')}` }] : []),
    ...(a?.observers.length ? [{ kind: 'p' as const, text: `オブザーバー：${a.observers.join('、')}` }] : []),
    { kind: 'h1', text: '議事' },
    ...c.items.flatMap((it, i): DocBlock[] => [
      { kind: 'h2', text: `${i + 1}. ${it.title}` },
      ...(it.notes ? [{ kind: 'p' as const, text: it.notes }] : []),
    ]),
    { kind: 'h1', text: '決定事項' },
    { kind: 'list', items: lines(c.decisions) },
    { kind: 'h1', text: '助言者コメント' },
    { kind: 'p', text: c.adviserComments },
    { kind: 'h1', text: '今後の対応（アクション）' },
    { kind: 'list', items: c.actions.map((x) => x.text) },
  ];
}
