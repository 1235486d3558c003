// The two encodings every CSV download offers: UTF-8 with a BOM (Excel opens it without garbling
// Japanese) and Shift_JIS (Windows-31J / cp932, no BOM) for systems that read nothing else.
import iconv from 'iconv-lite';

export const CSV_ENCODINGS = ['utf8', 'sjis'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** `?encoding=sjis` picks Shift_JIS; anything else is UTF-8 (the default). */
export function csvEncodingOf(query: string | undefined): CsvEncoding {
  return query === 'sjis' ? 'sjis' : 'utf8';
}

/** Shown where a character has no Shift_JIS code: visible, never silently dropped. */
export const SJIS_REPLACEMENT = '〓';

/** Characters of `text` that cp932 cannot hold (each counted once per occurrence, in order). */
export function unencodableInSjis(text: string): string[] {
  const out: string[] = [];
  const fits = new Map<string, boolean>();
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    let ok = fits.get(ch);
    if (ok === undefined) fits.set(ch, (ok = iconv.decode(iconv.encode(ch, 'cp932'), 'cp932') === ch));
    if (!ok) out.push(ch);
  }
  return out;
}

/** The CSV as bytes; for Shift_JIS, characters outside cp932 become 〓 and are listed in `replaced`. */
export function encodeCsv(text: string, encoding: CsvEncoding): { bytes: Buffer; replaced: string[] } {
  if (encoding === 'utf8') return { bytes: Buffer.from(`\uFEFF${text}`, 'utf8'), replaced: [] };
  const replaced = unencodableInSjis(text);
  if (!replaced.length) return { bytes: iconv.encode(text, 'cp932'), replaced };
  const bad = new Set(replaced);
  const safe = Array.from(text, (ch) => (bad.has(ch) ? SJIS_REPLACEMENT : ch)).join('');
  return { bytes: iconv.encode(safe, 'cp932'), replaced };
}
