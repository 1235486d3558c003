import type { BlankMeetingView } from '../../src/blankSheets/blankViewModel.ts';
import { AGENCY_VIEW_FIELDS, CASE_STUDY_SECTIONS } from '../../src/lib/labels/caseStudies.ts';
import { formatDate } from '../../src/lib/format.ts';
import { PrintFrame, SheetItem, WriteLines } from './printFrame.tsx';

function MeetingHead({ title, view }: { title: string; view: BlankMeetingView }) {
  return (
    <header class="sheet-head">
      <h1>{title}</h1>
      <p class="sheet-for">
        {view.meetingTitle}
        {view.date && `（${formatDate(view.date)}）`}　グループ：<span class="blank-inline"></span>
      </p>
    </header>
  );
}

/** The case-study sheet (事例検討シート) for a meeting without devices: each agency's view, then the shared sections. */
export function CaseStudyBlankPage({ view, back }: { view: BlankMeetingView; back: string }) {
  const rows = view.agencyNames.length > 0 ? view.agencyNames : ['', '', '', ''];
  return (
    <PrintFrame title="事例検討シート（印刷用）" back={back}>
      <article class="sheet">
        <MeetingHead title="事例検討シート" view={view} />
        <p class="sheet-for">
          検討する事例：<span class="blank-inline wide"></span>
        </p>
        <SheetItem id="agency_views" label="各機関の視点">
          <table class="agency-grid">
            <thead>
              <tr>
                <th scope="col">機関</th>
                {AGENCY_VIEW_FIELDS.map((f) => (
                  <th scope="col">{f.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((name) => (
                <tr>
                  <th scope="row">{name}</th>
                  {AGENCY_VIEW_FIELDS.map(() => (
                    <td></td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </SheetItem>
        {CASE_STUDY_SECTIONS.map((s) => (
          <SheetItem id={s.key} label={s.label} hint={s.hint}>
            <WriteLines lines={4} />
          </SheetItem>
        ))}
      </article>
    </PrintFrame>
  );
}

/** The group-work sheet (グループワークシート): one writing space per prompt of the meeting. */
export function GroupWorkBlankPage({ view, back }: { view: BlankMeetingView; back: string }) {
  return (
    <PrintFrame title="グループワークシート（印刷用）" back={back}>
      <article class="sheet">
        <MeetingHead title="グループワークシート" view={view} />
        <p class="sheet-for">
          参加機関：<span class="blank-inline wide"></span>
        </p>
        {view.prompts.map((p) => (
          <SheetItem label={p}>
            <WriteLines lines={6} />
          </SheetItem>
        ))}
      </article>
    </PrintFrame>
  );
}
