// The case-study sheet (事例検討シート, DOMAIN.md §3.4): per-agency views plus shared sections.
export const CASE_STUDY_SECTIONS = [
  {
    key: 'reason',
    label: '事例の選定理由',
    hint: '好事例・困難事例として取り上げた理由、狭間になった（なりそうな）場面',
  },
  { key: 'gaps', label: '制度・支援の狭間', hint: 'どこで支援が途切れたか・途切れそうになったか、足りない資源や制度' },
  {
    key: 'shared_assessment',
    label: '共有したアセスメント',
    hint: '本人と家族それぞれの状況・強み・ニーズについて、参加機関で一致した見立て',
  },
  { key: 'conclusions', label: '結論', hint: '検討から見えたネットワーク上の課題' },
  { key: 'actions', label: '今後の取組・役割分担', hint: 'どの機関が・いつ・何をするか' },
] as const;
export type SectionKey = (typeof CASE_STUDY_SECTIONS)[number]['key'];

export const AGENCY_VIEW_FIELDS = [
  { key: 'could_do', label: 'できたこと・できること' },
  { key: 'would_need', label: 'そのために必要なこと' },
  { key: 'step_in', label: '関われる時期・場面' },
] as const;
export type AgencyViewField = (typeof AGENCY_VIEW_FIELDS)[number]['key'];

export const ENTRY_MAX = 5000;

export const agencySlot = (agencyId: number, field: AgencyViewField) => `agency:${agencyId}:${field}`;

/** "agency:12:could_do" → { agencyId: 12, field: 'could_do' }; section slots → null. */
export function parseAgencySlot(slot: string): { agencyId: number; field: AgencyViewField } | null {
  const m = /^agency:([1-9]\d{0,9}):(\w+)$/.exec(slot);
  if (!m || !AGENCY_VIEW_FIELDS.some((f) => f.key === m[2])) return null;
  return { agencyId: Number(m[1]), field: m[2] as AgencyViewField };
}
