// The contract between the bundle core and one top-level bundle key ("section").
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import type { PathSegment } from './problems.ts';

/** Keys defined by other sections, for cross-reference checks. */
export type KnownKeys = { agencies: Set<string>; cases: Set<string>; meetings: Set<string> };

export type CheckContext = KnownKeys & {
  /** Report a problem at a path relative to the bundle root. */
  problem(path: PathSegment[], message: string): void;
};

/** Filled as sections import, in SECTIONS order: later sections resolve bundle keys to row ids. */
export type ImportContext = {
  projectId: number;
  agencyIds: Map<string, number>;
  caseIds: Map<string, number>;
  meetingIds: Map<string, number>;
};

/** Filled as sections export, in SECTIONS order: later sections turn row ids back into bundle keys. */
export type ExportContext = {
  projectId: number;
  agencyKeys: Map<number, string>;
  caseKeys: Map<number, string>;
  meetingKeys: Map<number, string>;
};

export type Section<T> = {
  /** Top-level key in the bundle. */
  key: string;
  /** Japanese name used in messages. */
  label: string;
  schema: z.ZodType<T>;
  /** Cross-reference and uniqueness checks after the schema passed. */
  check?: (value: T, ctx: CheckContext) => void;
  /** Writes the section; always runs inside the import transaction (never open another one). */
  importer?: (db: Db, value: T, ctx: ImportContext) => void;
  /**
   * Writes references to sections that come later in SECTIONS (cases → meetings); runs after
   * every section's importer, in the same transaction, when the ImportContext is complete.
   */
  link?: (db: Db, value: T, ctx: ImportContext) => void;
  /** Reads the section back in a deterministic order, producing exactly what `schema` accepts. */
  exporter?: (db: Db, ctx: ExportContext) => T;
  /** Whether a parsed value holds no data (an absent or empty section needs no importer). */
  isEmpty?: (value: T) => boolean;
};

export function defineSection<T>(section: Section<T>): Section<T> {
  return section;
}

/** Reports duplicates of `key` within `items` at `[sectionKey, i, 'key']`. */
export function checkUniqueKeys(
  items: readonly { key: string }[],
  sectionKey: string,
  label: string,
  ctx: CheckContext,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.key);
    if (first !== undefined)
      ctx.problem(
        [sectionKey, i, 'key'],
        `キー ${JSON.stringify(item.key)} が重複しています（${sectionKey}[${first}] と同じ${label}キー）`,
      );
    else seen.set(item.key, i);
  });
}

/** Reports a reference to an unknown key. */
export function checkRef(
  known: Set<string>,
  value: string,
  path: PathSegment[],
  what: string,
  ctx: CheckContext,
): void {
  if (!known.has(value)) ctx.problem(path, `${JSON.stringify(value)} という${what}キーはバンドル内にありません`);
}
