// 公開範囲の確認 (issue 15): before a packet is issued, every item holding free text about a person
// is listed with the audience it goes to, how it prints, and a link to change it. The item type and
// views/packet/disclosureReview.tsx are shared with other printed outputs (the year-end report).
// Also the packet as an agency's link shows it: none of another agency's unshared passages, no case
// text. Pure: no DB, no HTTP.
import type { PacketDocument } from './compile.ts';
import { casePath } from '../lib/paths/cases.ts';
import { hearingPath } from '../lib/paths/hearings.ts';
import { caseStudiesPath } from '../lib/paths/caseStudies.ts';
import { issuesPath } from '../lib/paths/issuesTable.ts';
import { packetPath } from '../lib/paths/packet.ts';
import { ANONYMOUS_AGENCY, MEETING_AUDIENCE } from '../lib/labels/privacy.ts';
import { isClosedMeeting } from '../lib/labels/meetings.ts';

/** One printed item with free text about a person, and where it goes. */
export type DisclosureItem = {
  /** What it is, e.g. 「支援事例 c1（好事例）」. */
  what: string;
  /** The first words of the text, so staff recognise it. */
  excerpt: string;
  /** Who receives it. */
  audience: string;
  /** How it prints (named, 「ある機関」, counted only …). */
  how: string;
  change: { label: string; href: string };
};

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

export function disclosureItems(doc: PacketDocument, projectId: number): DisclosureItem[] {
  const chosen = new Set(doc.settings.sections.map((s) => s.id));
  const room = MEETING_AUDIENCE[doc.meeting.kind];
  const links = isClosedMeeting(doc.meeting.kind)
    ? room
    : `${room}。発行後は各機関のリンクにも表示（事例の本文と他機関の「ある機関」の発言は除く）`;
  const sections = { label: '資料の項目を変える', href: `${packetPath(projectId, doc.meeting.id)}#sections` };
  const items: DisclosureItem[] = [];
  if (chosen.has('cases')) {
    for (const c of doc.cases.candidates.shown)
      items.push({
        what: `支援事例 ${c.key}（${c.classification}・同意：${c.consent}）`,
        excerpt: clip(c.texts.map((t) => t.text).join(' ')),
        audience: room,
        how: '本文を載せる（機関用リンクでは件数のみ）',
        change: { label: '同意・本文を確認する', href: casePath(projectId, c.id) },
      });
    if (doc.cases.candidates.withheld)
      items.push({
        what: `同意なし・不明の支援事例 ${doc.cases.candidates.withheld}件`,
        excerpt: '',
        audience: room,
        how: '件数のみ（本文は載らない）',
        change: sections,
      });
  }
  if (chosen.has('case_studies') && doc.caseStudies)
    for (const s of doc.caseStudies.studies)
      items.push({
        what: `事例検討シート（事例 ${s.caseKey}）`,
        excerpt: clip([s.summary, ...s.sections.map((x) => x.text)].filter(Boolean).join(' ')),
        audience: room,
        how: '本文を載せる（機関用リンクでは件数のみ）',
        change: { label: '事例検討シートを開く', href: caseStudiesPath(projectId, doc.meeting.id) },
      });
  if (chosen.has('hearings'))
    for (const g of doc.hearings.groups)
      for (const p of g.passages)
        items.push({
          what: `ヒアリングの発言（${g.theme.label}）`,
          excerpt: clip(p.text),
          audience: p.shared ? links : `${room}（他の機関のリンクには表示しない）`,
          how: p.shared ? `機関名を出す（${p.agency.name}）` : `機関名を伏せる（「${ANONYMOUS_AGENCY}」）`,
          change: {
            label: '機関名の扱いを変える',
            href: `${hearingPath(projectId, p.hearingId)}#passage-${p.passageId}`,
          },
        });
  if (chosen.has('group_work') && doc.groupWork)
    items.push({
      what: `グループワークのカード（${doc.groupWork.meeting.title}）`,
      excerpt: '',
      audience: links,
      how: 'カードの文面をそのまま載せる',
      change: sections,
    });
  if (chosen.has('issues') && doc.issues.length)
    items.push({
      what: `問題点と課題の表（${doc.issues.length}行）`,
      excerpt: clip(doc.issues[0].problem),
      audience: links,
      how: '表の文面をそのまま載せる',
      change: { label: '表を編集する', href: issuesPath(projectId) },
    });
  const progress = doc.issueProgress.rows;
  if (chosen.has('issue_progress') && progress.length)
    items.push({
      what: `前回からの課題の進捗（${progress.length}行・経過メモ${progress.flatMap((r) => r.history).length}件）`,
      excerpt: clip(progress.flatMap((r) => r.history.map((h) => h.note)).find(Boolean) ?? progress[0].problem),
      audience: links,
      how: '表と経過メモの文面をそのまま載せる',
      change: { label: '表を編集する', href: issuesPath(projectId) },
    });
  return items;
}

/**
 * The packet as shown on one agency's link: another agency's passages that were not marked
 * shared are left out, case material is counted only (the link reaches further than the room),
 * and the cover's advisers and observers are counted, not named.
 */
export function forAgencyLink(doc: PacketDocument, agencyId: number): PacketDocument {
  const studies = doc.caseStudies;
  const { list } = doc.attendance;
  return {
    ...doc,
    // advisers and observers are people: counted on the link, named only in the room and the minutes
    attendance: {
      list: { ...list, advisers: list.advisers.map(() => ''), observers: list.observers.map(() => '') },
      guestNames: false,
    },
    hearings: {
      ...doc.hearings,
      groups: doc.hearings.groups.map((g) => ({
        ...g,
        passages: g.passages.filter((p) => p.shared || p.agency.id === agencyId),
      })),
    },
    cases: {
      ...doc.cases,
      candidates: { shown: [], withheld: doc.cases.candidates.shown.length + doc.cases.candidates.withheld },
    },
    caseStudies: studies && { ...studies, studies: [], withheld: studies.studies.length + studies.withheld },
  };
}
