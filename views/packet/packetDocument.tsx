import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { PacketDocument } from '../../src/packet/compile.ts';
import { cssString, reiwa, warekiDate } from '../../src/lib/format.ts';
import { CasesSection } from './sections/casesSection.tsx';
import { CaseStudiesSection } from './sections/caseStudiesSection.tsx';
import { GroupWorkSection } from './sections/groupWorkSection.tsx';
import { HearingsSection } from './sections/hearingsSection.tsx';
import { IssuesSection } from './sections/issuesSection.tsx';
import { IssueProgressSection } from './sections/issueProgressSection.tsx';
import { QuestionnaireSection } from './sections/questionnaireSection.tsx';
import { QuestionSummarySection } from './sections/questionSummarySection.tsx';
import { SurveyOverviewSection } from './sections/surveyOverviewSection.tsx';
import { AgendaSection, AttendanceSection, NextStepsSection, timeRange } from './sections/meetingSections.tsx';
import { ResourceMapSection } from './sections/resourceMapSection.tsx';
import type { SectionChoice } from '../../src/packet/settings.ts';
import { SECTION_LABEL, type SectionId } from '../../src/lib/labels/packet.ts';
import { CLOSED_MEETING_MARK, isClosedMeeting } from '../../src/lib/labels/meetings.ts';
import { AttendanceBlock } from '../attendance/attendanceBlock.tsx';

/** Sections that carry individual case material; their presence marks the packet 取扱注意. */
const CONFIDENTIAL: SectionId[] = ['cases', 'case_studies'];

/** A 支援会議's packet is confidential whatever it holds (members under 守秘義務 only). */
function confidentialMark(doc: PacketDocument): string | null {
  if (isClosedMeeting(doc.meeting.kind)) return CLOSED_MEETING_MARK;
  return doc.settings.sections.some((s) => CONFIDENTIAL.includes(s.id)) ? '取扱注意（会議後回収）' : null;
}

/** Who may hold a 支援会議's packet, said where it opens. */
function ClosedNote({ doc }: { doc: PacketDocument }) {
  if (!isClosedMeeting(doc.meeting.kind)) return null;
  return (
    <p class="p-closed-note">
      守秘義務のある支援会議の構成員限りの資料です。複製・持ち出しをせず、会議の終わりに回収します。
    </p>
  );
}

function pageRules(doc: PacketDocument, mark: string | null): string {
  const box = `font-family: 'BIZ UDPGothic', 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 8pt; color: #444;`;
  const title = `${doc.meeting.title}　資料`;
  return `@page { size: A4; margin: 17mm 16mm 17mm 16mm;
  @top-left { content: ${cssString(doc.project.name)}; ${box} }
  @top-right { content: ${cssString(title)}; ${box} }
  @bottom-center { content: counter(page) " / " counter(pages); ${box} font-size: 9pt; }
  ${mark ? `@bottom-right { content: ${cssString(mark)}; ${box} color: #9b1c1c; }` : ''}
}
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } @bottom-right { content: none; } }`;
}

function Comment({ text }: { text: string }) {
  if (!text.trim()) return null;
  return (
    <aside class="p-comment">
      <h3>事務局より</h3>
      <p>{text}</p>
    </aside>
  );
}

/** Sections short enough to share the page of the section before them (名簿 under the 次第). */
const FOLLOWS: Partial<Record<SectionId, SectionId>> = { attendance: 'agenda' };

function Section({
  n,
  id,
  comment,
  after,
  heading,
  children,
}: {
  n: number;
  id: SectionId;
  comment: string;
  after?: SectionId;
  /** Replaces the catalogue label where the packet knows better (the group work's meeting). */
  heading?: string;
  children: Child;
}) {
  const continues = after !== undefined && FOLLOWS[id] === after;
  return (
    <section class={`p-sheet p-section${continues ? ' p-continues' : ''}`} id={`sec-${id}`}>
      <h2>
        {n}　{heading ?? SECTION_LABEL[id]}
      </h2>
      {children}
      <Comment text={comment} />
    </section>
  );
}

function Cover({ doc, mark }: { doc: PacketDocument; mark: string | null }) {
  const { meeting, project } = doc;
  return (
    <div class="p-sheet p-cover-sheet">
      <section class="p-cover" id="sec-cover">
        <p class="p-doc-label">{meeting.title} 資料</p>
        {mark && <p class="p-confidential">{mark}</p>}
        <ClosedNote doc={doc} />
        <div class="p-cover-title">
          <p class="p-cover-year">
            {reiwa(project.fiscalYear)}度（{project.fiscalYear}年度）
          </p>
          <h1>{meeting.title}</h1>
          <p class="p-cover-project">{project.name}</p>
        </div>
        <dl class="p-cover-meta">
          <dt>日時</dt>
          <dd>
            {warekiDate(meeting.date)}　{timeRange(meeting)}
          </dd>
          {meeting.place && (
            <>
              <dt>会場</dt>
              <dd>{meeting.place}</dd>
            </>
          )}
          {project.adviser && (
            <>
              <dt>助言者</dt>
              <dd>{project.adviser}</dd>
            </>
          )}
        </dl>
        <AttendanceBlock a={doc.attendance.list} guestNames={doc.attendance.guestNames} class="p-cover-attendance" />
        {project.hostHealthCentre && <p class="p-cover-host">主催　{project.hostHealthCentre}</p>}
      </section>
      <Comment text={doc.settings.sections.find((s) => s.id === 'cover')?.comment ?? ''} />
    </div>
  );
}

function SectionBody({ id, doc }: { id: SectionId; doc: PacketDocument }): Child {
  switch (id) {
    case 'agenda':
      return <AgendaSection doc={doc} />;
    case 'attendance':
      return <AttendanceSection doc={doc} />;
    case 'survey_overview':
      return <SurveyOverviewSection doc={doc} />;
    case 'questionnaire':
      return <QuestionnaireSection doc={doc} />;
    case 'question_summaries':
      return <QuestionSummarySection doc={doc} />;
    case 'hearings':
      return <HearingsSection doc={doc} />;
    case 'cases':
      return <CasesSection doc={doc} />;
    case 'case_studies':
      return <CaseStudiesSection doc={doc} />;
    case 'group_work':
      return <GroupWorkSection doc={doc} />;
    case 'issues':
      return <IssuesSection doc={doc} />;
    case 'issue_progress':
      return <IssueProgressSection doc={doc} />;
    case 'resource_map':
      return <ResourceMapSection doc={doc} />;
    case 'next_steps':
      return <NextStepsSection doc={doc} />;
    default:
      return <p class="p-empty">この項目のデータはまだありません。</p>;
  }
}

export type DocumentOptions = { css: string; toolbar?: Child };

/** The whole packet as a standalone A4 HTML document (styles inlined so snapshots and PDFs need nothing else). */
export function PacketHtml({ doc, css, toolbar }: { doc: PacketDocument } & DocumentOptions) {
  const mark = confidentialMark(doc);
  const hasCover = doc.settings.sections.some((s) => s.id === 'cover');
  const numbered: (SectionChoice & { n: number })[] = [];
  for (const s of doc.settings.sections) if (s.id !== 'cover') numbered.push({ ...s, n: numbered.length + 1 });
  return (
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${doc.meeting.title} 資料 | ${doc.project.name}`}</title>
        <style>{raw(`${css}\n${pageRules(doc, mark)}`)}</style>
      </head>
      <body class="packet">
        {toolbar}
        <main>
          {hasCover ? <Cover doc={doc} mark={mark} /> : <ClosedNote doc={doc} />}
          {numbered.map((s, i) => (
            <Section
              n={s.n}
              id={s.id}
              comment={s.comment}
              after={numbered[i - 1]?.id}
              heading={s.id === 'group_work' ? doc.groupWork?.heading : undefined}
            >
              <SectionBody id={s.id} doc={doc} />
            </Section>
          ))}
        </main>
      </body>
    </html>
  );
}
