// Markup built as strings for the parts of a page that repeat per agency (charts, long tables):
// a chart of 200 agencies has thousands of elements, and creating and serialising a hono/jsx
// node for each made up most of a results page's time. The markup is the same hono/jsx writes
// (escaping, attribute order, closing tags), so the two mix freely.
import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Attrs = Record<string, string | number | null | undefined>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Escapes text and attribute values like hono/jsx does. */
export function esc(s: string): string {
  return /[&<>'"]/.test(s) ? s.replace(/[&<>'"]/g, (ch) => ESCAPES[ch]) : s;
}

/** `<tag a="…">children</tag>`; children are markup (use esc() for text); null/undefined attributes are left out. */
export function el(tag: string, attrs: Attrs, ...children: string[]): string {
  let out = `<${tag}`;
  for (const key in attrs) {
    const v = attrs[key];
    if (v === null || v === undefined) continue;
    out += ` ${key}="${typeof v === 'number' ? v : esc(v)}"`;
  }
  out += '>';
  // `+=` rather than join(): V8 keeps concatenations as ropes instead of copying big children
  for (const child of children) out += child;
  return `${out}</${tag}>`;
}

/** Joins the markup built per item. */
export function each<T>(items: readonly T[], fn: (item: T, i: number) => string): string {
  let out = '';
  for (let i = 0; i < items.length; i++) out += fn(items[i], i);
  return out;
}

/** Hands finished markup to JSX without escaping it again. */
export function markup(s: string): HtmlEscapedString {
  return raw(s) as HtmlEscapedString;
}

/**
 * The same string stored flat. Markup built by concatenation is a tree of thousands of pieces
 * that V8 walks again every time the string is copied out (~2 ms for a 600 KB page); measuring
 * its UTF-8 length makes V8 flatten it in place, once. For markup that is kept and reused.
 */
export function flat(s: string): string {
  Buffer.byteLength(s);
  return s;
}
