import { raw } from 'hono/html';
import type { GuidePrintProps } from '../../src/publicGuide/guideViewModel.ts';
import { GuideDocument } from './guideDocument.tsx';
import { GuideEntryCard } from './guideEntry.tsx';
import { Ruby } from './ruby.tsx';

/** Screen-only: the print button (static/app.js, same origin; nothing else runs on these pages). */
function PrintBar() {
  return (
    <p class="guide-printbar">
      <button type="button" data-print>
        印刷する
      </button>
      <script src="/static/app.js" defer></script>
    </p>
  );
}

function QrBlock({ url, qrSvg, furigana }: Pick<GuidePrintProps, 'url' | 'qrSvg' | 'furigana'>) {
  return (
    <figure class="guide-qr">
      <div role="img" aria-label="相談先ガイドのページのQRコード">
        {raw(qrSvg)}
      </div>
      <figcaption>
        <Ruby text="スマートフォンで読み取ると、年齢や相談したいことで相談先をさがせます" on={furigana} />
        <br />
        <span class="guide-url">{url}</span>
      </figcaption>
    </figure>
  );
}

/** A4 leaflet: the introduction, the QR code and every published entry. */
export function GuideLeafletPage(p: GuidePrintProps) {
  return (
    <GuideDocument title={`${p.title}（A4）`} paper="A4">
      <PrintBar />
      <header class="guide-head">
        <p class="guide-owner">{p.projectName}</p>
        <h1>
          <Ruby text={p.title} on={p.furigana} />
        </h1>
        <p>
          <Ruby text={p.intro} on={p.furigana} />
        </p>
      </header>
      <QrBlock url={p.url} qrSvg={p.qrSvg} furigana={p.furigana} />
      <div class="guide-list">
        {p.entries.map((e) => (
          <GuideEntryCard entry={e} furigana={p.furigana} />
        ))}
      </div>
    </GuideDocument>
  );
}

/** A3 poster: a few words, seen from afar, and a QR code large enough to scan from a step away. */
export function GuidePosterPage(p: GuidePrintProps) {
  return (
    <GuideDocument title={`${p.title}（A3ポスター）`} paper="A3">
      <PrintBar />
      <div class="guide-poster">
        <p class="guide-owner">{p.projectName}</p>
        <h1>
          <Ruby text="ひとりで悩まないで" on={p.furigana} />
        </h1>
        <p class="guide-poster-lead">
          <Ruby text={p.title} on={p.furigana} />
        </p>
        <p>
          <Ruby text={p.intro} on={p.furigana} />
        </p>
        <QrBlock url={p.url} qrSvg={p.qrSvg} furigana={p.furigana} />
        <p class="guide-poster-count">
          <Ruby text={`${p.entries.length}か所の相談窓口を掲載しています`} on={p.furigana} />
        </p>
      </div>
    </GuideDocument>
  );
}
