// What the year-end report page shows: each text block (edited or the generated draft), what the
// personal-information check finds in it, and the 公開範囲の確認 list before a download.
import type { Db } from '../db/client.ts';
import type { DisclosureItem } from '../packet/disclosure.ts';
import { scanFields } from '../cases/pii.ts';
import { PII_KINDS } from '../lib/labels/cases.ts';
import { REPORT_BLOCKS, REPORT_BLOCK_LABEL, draftTexts, type ReportBlock } from './blocks.ts';
import { loadReportInput } from './reportViewModel.ts';

export type ReportPageBlock = {
  key: ReportBlock;
  label: string;
  text: string;
  /** Staff's own text rather than the generated draft. */
  edited: boolean;
  findings: { label: string; text: string }[];
};

export type ReportPageView = {
  /** False until the project has a meeting (the figures are read per meeting). */
  ready: boolean;
  blocks: ReportPageBlock[];
  drafts: Record<ReportBlock, string>;
  disclosure: DisclosureItem[];
  findingCount: number;
};

const REPORT_AUDIENCE = '報告書の提出先（保健所の上司・都道府県）。公表する場合は住民も読みます';
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** `typed`: the form's values after a refused save, shown instead of what is stored. */
export function reportPageView(
  db: Db,
  projectId: number,
  typed?: Partial<Record<ReportBlock, string>>,
): ReportPageView {
  const input = loadReportInput(db, projectId);
  if (!input)
    return { ready: false, blocks: [], drafts: {} as Record<ReportBlock, string>, disclosure: [], findingCount: 0 };
  const drafts = draftTexts(input);
  const blocks = REPORT_BLOCKS.map((key) => {
    const text = typed?.[key] ?? input.texts[key] ?? drafts[key];
    const findings = scanFields({ [key]: text }, []).map((f) => ({ label: PII_KINDS[f.kind].label, text: f.text }));
    return { key, label: REPORT_BLOCK_LABEL[key], text, edited: input.texts[key] !== undefined, findings };
  });
  return {
    ready: true,
    blocks,
    drafts,
    disclosure: blocks
      .filter((b) => b.text.trim())
      .map((b) => ({
        what: b.label,
        excerpt: clip(b.text),
        audience: REPORT_AUDIENCE,
        how: b.findings.length ? `本文のまま（要確認：${b.findings.map((f) => f.label).join('・')}）` : '本文のまま',
        change: { label: 'この欄を直す', href: `#block-${b.key}` },
      })),
    findingCount: blocks.reduce((n, b) => n + b.findings.length, 0),
  };
}
