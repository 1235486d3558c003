// Validation problems of a bundle, each tied to a JSON path such as `cases[3].factors.goes_out`,
// with Japanese messages that someone fixing a spreadsheet export can act on.
import type { core } from 'zod';

export type PathSegment = string | number;
export type Problem = { path: string; message: string };

/** `["cases", 3, "factors", "goes_out"]` → `cases[3].factors.goes_out`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(全体)';
}

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}

/** Thrown by the importer; carries every problem so callers can list them all. */
export class BundleError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`バンドルを取り込めません（問題 ${problems.length} 件）\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'BundleError';
  }
}

/** A value as it appeared in the input, short enough for one line. */
export function show(value: unknown): string {
  if (value === undefined) return '(なし)';
  const s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

const TYPE_LABEL: Record<string, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  boolean: 'true/false',
  array: '配列',
  object: 'オブジェクト',
  null: 'null',
};

function sizeMessage(iss: core.$ZodRawIssue, limit: number | bigint, more: boolean): string {
  const origin = 'origin' in iss ? String(iss.origin) : '';
  const n = Number(limit);
  if (origin === 'string')
    return more ? (n === 1 ? '空にできません' : `${n}文字以上にしてください`) : `${n}文字以内にしてください`;
  if (origin === 'array' || origin === 'set') return more ? `${n}件以上必要です` : `${n}件以内にしてください`;
  return more ? `${n} 以上にしてください` : `${n} 以下にしてください`;
}

/** Parse-level error map: Japanese wording for zod's built-in checks (schema messages take precedence). */
export function bundleErrorMap(iss: core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return '必須の項目がありません';
      return `${show(iss.input)} ではなく${TYPE_LABEL[iss.expected] ?? iss.expected}で指定してください`;
    case 'invalid_value':
      if (iss.input === undefined) return `必須の項目がありません（${iss.values.map(String).join('/')} のいずれか）`;
      if (iss.values.length === 1) return `${show(iss.input)} ではなく ${show(iss.values[0])} を指定してください`;
      return `${show(iss.input)} は ${iss.values.map(String).join('/')} のいずれか`;
    case 'too_small':
      return sizeMessage(iss, iss.minimum, true);
    case 'too_big':
      return sizeMessage(iss, iss.maximum, false);
    case 'invalid_format':
      return `${show(iss.input)} は正しい形式ではありません（${iss.format}）`;
    case 'unrecognized_keys':
      return '不明なキーです（この項目は使えません）';
    case 'invalid_key':
      return `キー ${show(iss.input)} は使えません`;
    default:
      return undefined;
  }
}

/** Flattens zod issues to problems; an unknown-key issue becomes one problem per key, at that key's path. */
export function problemsFromIssues(issues: readonly core.$ZodIssue[]): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: formatPath([...issue.path, key]), message: issue.message });
    } else if (issue.code === 'invalid_union' && issue.errors.length) {
      // report the closest alternative instead of a bare "invalid input": one whose shape matched
      // (not a wrong type at the value itself), then the one with the fewest problems
      const wrongType = (errs: readonly core.$ZodIssue[]) =>
        errs.some((i) => i.code === 'invalid_type' && i.path.length === 0);
      const best = [...issue.errors].sort(
        (a, b) => Number(wrongType(a)) - Number(wrongType(b)) || a.length - b.length,
      )[0];
      out.push(...problemsFromIssues(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }))));
    } else {
      out.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return out;
}
