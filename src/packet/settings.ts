// A packet's settings (which sections, in what order, with what comments) and the defaults per
// meeting (seed 000: network meeting 1 shares the survey results, 2 is the case study, 3 shares
// issues and decides tools). The settings form's schema is in ./schemas.ts.
import type { SectionId } from '../lib/labels/packet.ts';
import type { MeetingKind } from '../lib/labels/meetings.ts';

/** `questions`: the question ids whose summaries the question_summaries section shows, in template order. */
export type SectionChoice = { id: SectionId; comment: string; questions?: string[] };
export type PacketSettings = { sections: SectionChoice[]; hideCaseAgencies: boolean };

// Working groups: the first plans the survey; later ones analyse its results (DOMAIN.md §7).
const DEFAULTS: Record<'wg1' | 'wg2' | 'network1' | 'network2' | 'network3' | 'support', SectionId[]> = {
  wg1: ['cover', 'agenda', 'attendance', 'next_steps'],
  wg2: ['cover', 'agenda', 'attendance', 'survey_overview', 'questionnaire', 'hearings', 'cases', 'next_steps'],
  network1: [
    'cover',
    'agenda',
    'attendance',
    'survey_overview',
    'questionnaire',
    'hearings',
    'cases',
    'resource_map',
    'next_steps',
  ],
  network2: ['cover', 'agenda', 'attendance', 'cases', 'case_studies', 'next_steps'],
  network3: ['cover', 'agenda', 'attendance', 'group_work', 'issues', 'resource_map', 'next_steps'],
  // 支援会議: individual cases only; no survey aggregates, no group work of the open meetings
  support: ['cover', 'agenda', 'attendance', 'cases', 'case_studies', 'next_steps'],
};

/** Defaults for a meeting (第n回 within its kind); later meetings reuse the last set of their kind. */
export function defaultSettings(kind: MeetingKind, number: number): PacketSettings {
  const key =
    kind === 'support_meeting'
      ? 'support'
      : kind === 'working_group'
        ? number <= 1
          ? 'wg1'
          : 'wg2'
        : number <= 1
          ? 'network1'
          : number === 2
            ? 'network2'
            : 'network3';
  return { sections: DEFAULTS[key].map((id) => ({ id, comment: '' })), hideCaseAgencies: false };
}
