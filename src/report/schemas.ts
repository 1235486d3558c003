// Inputs of the year-end report page: the edited text blocks, and a download's format and checks.
import { z } from 'zod';
import { text } from '../lib/validation.ts';
import { REPORT_BLOCKS, REPORT_BLOCK_LABEL } from './blocks.ts';
import { REPORT_FORMATS } from './compile.ts';

/** Each block's text; blank means "use the generated draft again". */
const blockText = (b: (typeof REPORT_BLOCKS)[number]) => text(20000, REPORT_BLOCK_LABEL[b]).prefault('');
export const reportTextsSchema = z.object(
  Object.fromEntries(REPORT_BLOCKS.map((b) => [b, blockText(b)])) as Record<
    (typeof REPORT_BLOCKS)[number],
    ReturnType<typeof blockText>
  >,
);
export type ReportTextsInput = z.infer<typeof reportTextsSchema>;

export const reportDownloadSchema = z.object({
  format: z.enum(REPORT_FORMATS, { error: '出力形式を選んでください' }),
  reviewed: z.literal('on', { error: '公開範囲を確認したうえでチェックしてください' }),
  /** Needed only while the personal-information check flags something. */
  piiReviewed: z.string().optional(),
});
