// One issued minutes version on its own page (A4 print; staff and the agency's link).
import type { MinutesVersion } from '../../src/minutes/queries.ts';
import { Layout } from '../layout/layout.tsx';
import { MinutesDocument } from './minutesDocument.tsx';

export function MinutesPrintPage(p: { version: MinutesVersion; back: string; docx?: string }) {
  return (
    <Layout title={`${p.version.content.issued?.title ?? ''} 議事録`} bare>
      <p class="actions no-print">
        <a href={p.back}>← 戻る</a>
        <button type="button" data-print>
          印刷する
        </button>
        {p.docx && <a href={p.docx}>Word（DOCX）でダウンロード</a>}
      </p>
      <MinutesDocument content={p.version.content} version={p.version.version} issuedAt={p.version.issuedAt} />
    </Layout>
  );
}
