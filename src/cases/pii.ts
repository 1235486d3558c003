// Personal-information guard for case sheets: finds likely direct identifiers in Japanese free
// text so the sheet cannot be submitted until each is removed or confirmed as not identifying.
// Pure and deterministic; tuned on the table in tests/pii.test.ts (no false negatives there,
// few false positives on ordinary support-work prose).

import { PRIORITY, RULES } from './piiRules.ts';
import { nameAgeFindings, nameFindings } from './piiNames.ts';
import type { PiiKind } from '../lib/labels/cases.ts';

export type PiiFinding = { kind: PiiKind; start: number; end: number; text: string };

// ---- normalisation that remembers original positions ----

/** NFKC per character (full-width digits, ＠, －), with the original offset of each output unit. */
function normalise(text: string): { norm: string; from: number[]; to: number[] } {
  let norm = '';
  const from: number[] = [];
  const to: number[] = [];
  let pos = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC');
    for (let k = 0; k < n.length; k++) {
      from.push(pos);
      to.push(pos + ch.length);
    }
    norm += n;
    pos += ch.length;
  }
  return { norm, from, to };
}

export function detectPii(text: string): PiiFinding[] {
  if (!text) return [];
  const { norm, from, to } = normalise(text);
  const raw: { kind: PiiKind; start: number; end: number }[] = [];
  for (const rule of RULES) {
    for (const m of norm.matchAll(rule.re)) {
      if (rule.accept && !rule.accept(m as RegExpExecArray, norm)) continue;
      raw.push({ kind: rule.kind, start: m.index!, end: m.index! + m[0].length });
    }
  }
  for (const n of [...nameFindings(norm), ...nameAgeFindings(norm)]) raw.push({ kind: 'name', ...n });
  raw.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start || b.end - a.end);
  const kept: typeof raw = [];
  for (const f of raw) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const start = from[f.start];
      const end = to[f.end - 1];
      return { kind: f.kind, start, end, text: text.slice(start, end) };
    });
}

/** Stable id of a finding in a field, so a confirmation survives edits elsewhere in the text. */
export function piiFingerprint(field: string, f: { kind: PiiKind; text: string }): string {
  return `${field}|${f.kind}|${f.text}`;
}

export type FieldFinding = PiiFinding & { field: string; fingerprint: string; confirmed: boolean };

/** Findings across named text fields, each marked confirmed when its fingerprint was confirmed. */
export function scanFields(fields: Record<string, string>, confirmed: readonly string[]): FieldFinding[] {
  const ok = new Set(confirmed);
  return Object.entries(fields).flatMap(([field, value]) =>
    detectPii(value).map((f) => {
      const fingerprint = piiFingerprint(field, f);
      return { ...f, field, fingerprint, confirmed: ok.has(fingerprint) };
    }),
  );
}
