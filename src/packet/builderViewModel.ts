// What the packet builder page shows: the settings form (stored or as posted), whether staff have
// customised the sections, the issued versions, whether PDFs can be made, and the one-time notice.
import type { Db } from '../db/client.ts';
import type { Project } from '../context.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { getSession } from '../live/sessionQueries.ts';
import type { PacketDocument, PacketMeeting } from './compile.ts';
import { CHROMIUM_INSTALL_HINT, chromiumAvailable } from './pdf.ts';
import { findPacketSettings, listIssuedPackets, type IssuedPacketSummary } from './queries.ts';
import { settingsToForm } from './schemas.ts';
import { getProjectTemplate } from '../questionnaire/queries.ts';
import { disclosureItems, type DisclosureItem } from './disclosure.ts';
import { MEETING_AUDIENCE } from '../lib/labels/privacy.ts';

export type BuilderProps = {
  project: Project;
  meeting: PacketMeeting;
  values: FormValues;
  errors?: FieldErrors;
  customised: boolean;
  issued: IssuedPacketSummary[];
  pdf: { available: true } | { available: false; hint: string };
  notice?: string;
  /** The meeting's live session has been closed: what was handed out should be issued. */
  frozen: boolean;
  /** The questionnaire's questions by section, for the question_summaries section's checkboxes. */
  questionChoices: { heading: string; questions: { id: string; label: string }[] }[];
  /** 公開範囲の確認: items with free text about a person and who receives them. */
  disclosure: DisclosureItem[];
  audience: string;
};

/** The notice after a save (`?saved=1`) or an issue (`?issued=2`); undefined otherwise. */
export function builderNotice(query: { saved?: string; issued?: string }): string | undefined {
  const issued = Number(query.issued);
  return query.saved
    ? '設定を保存しました。'
    : Number.isInteger(issued) && issued > 0
      ? `第${issued}版を発行しました。`
      : undefined;
}

/** The builder's props for the compiled packet; `values` and `errors` re-show a rejected post. */
export function packetBuilderViewModel(
  db: Db,
  project: Project,
  doc: PacketDocument,
  extra: { values?: FormValues; errors?: FieldErrors; notice?: string },
): BuilderProps {
  return {
    project,
    meeting: doc.meeting,
    values: extra.values ?? settingsToForm(doc.settings),
    errors: extra.errors,
    customised: findPacketSettings(db, project.id, doc.meeting.id) !== null,
    issued: listIssuedPackets(db, project.id, doc.meeting.id),
    pdf: chromiumAvailable() ? { available: true } : { available: false, hint: CHROMIUM_INSTALL_HINT },
    notice: extra.notice,
    disclosure: disclosureItems(doc, project.id),
    audience: MEETING_AUDIENCE[doc.meeting.kind],
    frozen: getSession(db, doc.meeting.id)?.status === 'closed',
    questionChoices: getProjectTemplate(db, project.id).template.sections.map((s) => ({
      heading: s.heading,
      questions: s.questions.map((q) => ({ id: q.id, label: q.label })),
    })),
  };
}
