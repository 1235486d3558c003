import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { PacketDocument } from '../../src/packet/compile.ts';
import { SECTION_LABEL, type SectionId } from '../../src/packet/labels.ts';
import { ISSUE_STATUS_LABEL } from '../../src/issuesTable/labels.ts';
import { cssString, reiwa, warekiDate } from '../../src/lib/format.ts';
import { CasesSection } from './sections/casesSection.tsx';
import { CaseStudiesSection } from './sections/caseStudiesSection.tsx';
import { GroupWorkSection } from './sections/groupWorkSection.tsx';
import { HearingsSection } from './sections/hearingsSection.tsx';
import { IssuesSection } from './sections/issuesSection.tsx';
import { QuestionnaireSection } from './sections/questionnaireSection.tsx';
import { SurveyOverviewSection } from './sections/surveyOverviewSection.tsx';
import { CoverageSummary, ResourceMapTable } from '../resourceMap/resourceMapTable.tsx';
import type { SectionChoice } from '../../src/packet/settings.ts';

/** Sections that carry individual case material; their presence marks the packet 取扱注意. */
const CONFIDENTIAL: SectionId[] = ['cases', 'case_studies'];

function timeRange(m: { startTime: string; endTime: string }): string {
  return m.startTime || m.endTime ? `${m.startTime}〜${m.endTime}` : '';
}

function pageRules(doc: PacketDocument, confidential: boolean): string {
  const box = `font-family: 'Noto Sans CJK JP', sans-serif; font-size: 8pt; color: #444;`;
  const title = `${doc.meeting.title}　資料`;
  return `@page { size: A4; margin: 17mm 16mm 17mm 16mm;
  @top-left { content: ${cssString(doc.project.name)}; ${box} }
  @top-right { content: ${cssString(title)}; ${box} }
  @bottom-center { content: counter(page) " / " counter(pages); ${box} font-size: 9pt; }
  ${confidential ? `@bottom-right { content: "取扱注意（会議後回収）"; ${box} color: #9b1c1c; }` : ''}
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
  children,
}: {
  n: number;
  id: SectionId;
  comment: string;
  after?: SectionId;
  children: Child;
}) {
  const continues = after !== undefined && FOLLOWS[id] === after;
  return (
    <section class={`p-sheet p-section${continues ? ' p-continues' : ''}`} id={`sec-${id}`}>
      <h2>
        {n}　{SECTION_LABEL[id]}
      </h2>
      {children}
      <Comment text={comment} />
    </section>
  );
}

function Cover({ doc, confidential }: { doc: PacketDocument; confidential: boolean }) {
  const { meeting, project } = doc;
  return (
    <div class="p-sheet p-cover-sheet">
      <section class="p-cover" id="sec-cover">
        <p class="p-doc-label">{meeting.title} 資料</p>
        {confidential && <p class="p-confidential">取扱注意（会議後回収）</p>}
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
        {project.hostHealthCentre && <p class="p-cover-host">主催　{project.hostHealthCentre}</p>}
      </section>
      <Comment text={doc.settings.sections.find((s) => s.id === 'cover')?.comment ?? ''} />
    </div>
  );
}

function Agenda({ doc }: { doc: PacketDocument }) {
  const m = doc.meeting;
  return (
    <>
      <dl class="p-agenda-meta">
        <dt>日時</dt>
        <dd>
          {warekiDate(m.date)}　{timeRange(m)}
        </dd>
        {m.place && (
          <>
            <dt>会場</dt>
            <dd>{m.place}</dd>
          </>
        )}
        {m.purpose && (
          <>
            <dt>目的</dt>
            <dd>{m.purpose}</dd>
          </>
        )}
      </dl>
      {m.agenda.length ? (
        <ol class="p-agenda">
          {m.agenda.map((item) => (
            <li>{item}</li>
          ))}
        </ol>
      ) : (
        <p class="p-empty">議題は登録されていません。</p>
      )}
    </>
  );
}

function Attendance({ doc }: { doc: PacketDocument }) {
  if (!doc.attendees.length) return <p class="p-empty">出席機関は登録されていません。</p>;
  return (
    <table class="p-table">
      <caption>出席機関（{doc.attendees.length}機関）</caption>
      <thead>
        <tr>
          <th scope="col" class="num">
            No.
          </th>
          <th scope="col">機関名</th>
          <th scope="col">種別</th>
          <th scope="col">分野</th>
        </tr>
      </thead>
      <tbody>
        {doc.attendees.map((a, i) => (
          <tr>
            <td class="num">{i + 1}</td>
            <th scope="row">{a.name}</th>
            <td>{a.kind}</td>
            <td class="p-nowrap">{a.field}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ResourceMapSection({ doc }: { doc: PacketDocument }) {
  const map = doc.resourceMap;
  if (!map.fields.some((f) => f.agencies.length)) return <p class="p-empty">支援機関が登録されていません。</p>;
  return (
    <>
      <p>
        支援機関を分野ごとに並べ、対象としている年齢帯を塗りつぶしで示しています。最下段は各年齢帯に対応している機関の数です。
      </p>
      <CoverageSummary map={map} />
      <ResourceMapTable map={map} />
    </>
  );
}

function NextSteps({ doc }: { doc: PacketDocument }) {
  const upcoming = doc.schedule.filter((m) => m.date >= doc.meeting.date);
  const rows = upcoming.length ? upcoming : doc.schedule;
  const withPlace = rows.some((m) => m.place);
  const steps = doc.issues.filter((r) => r.nextStep.trim());
  return (
    <>
      <table class="p-table">
        <caption>会議の予定</caption>
        <thead>
          <tr>
            <th scope="col">会議</th>
            <th scope="col">日時</th>
            {withPlace && <th scope="col">会場</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr class={m.current ? 'p-current' : undefined}>
              <th scope="row">
                {m.title}
                {m.current && '（本日）'}
              </th>
              <td>
                {warekiDate(m.date)} {timeRange(m)}
              </td>
              {withPlace && <td>{m.place}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {steps.length > 0 && (
        <table class="p-table">
          <caption>課題ごとの今後の取組</caption>
          <thead>
            <tr>
              <th scope="col">課題</th>
              <th scope="col">今後の取組</th>
              <th scope="col">状況</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((r) => (
              <tr>
                <td>{r.issue || r.problem}</td>
                <td>{r.nextStep}</td>
                <td class="p-nowrap">{ISSUE_STATUS_LABEL[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function SectionBody({ id, doc }: { id: SectionId; doc: PacketDocument }): Child {
  switch (id) {
    case 'agenda':
      return <Agenda doc={doc} />;
    case 'attendance':
      return <Attendance doc={doc} />;
    case 'survey_overview':
      return <SurveyOverviewSection doc={doc} />;
    case 'questionnaire':
      return <QuestionnaireSection doc={doc} />;
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
    case 'resource_map':
      return <ResourceMapSection doc={doc} />;
    case 'next_steps':
      return <NextSteps doc={doc} />;
    default:
      return <p class="p-empty">この項目のデータはまだありません。</p>;
  }
}

export type DocumentOptions = { css: string; toolbar?: Child };

/** The whole packet as a standalone A4 HTML document (styles inlined so snapshots and PDFs need nothing else). */
export function PacketHtml({ doc, css, toolbar }: { doc: PacketDocument } & DocumentOptions) {
  const confidential = doc.settings.sections.some((s) => CONFIDENTIAL.includes(s.id));
  const numbered: (SectionChoice & { n: number })[] = [];
  for (const s of doc.settings.sections) if (s.id !== 'cover') numbered.push({ ...s, n: numbered.length + 1 });
  return (
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${doc.meeting.title} 資料 | ${doc.project.name}`}</title>
        <style>{raw(`${css}\n${pageRules(doc, confidential)}`)}</style>
      </head>
      <body class="packet">
        {toolbar}
        <main>
          {doc.settings.sections.some((s) => s.id === 'cover') && <Cover doc={doc} confidential={confidential} />}
          {numbered.map((s, i) => (
            <Section n={s.n} id={s.id} comment={s.comment} after={numbered[i - 1]?.id}>
              <SectionBody id={s.id} doc={doc} />
            </Section>
          ))}
        </main>
      </body>
    </html>
  );
}
