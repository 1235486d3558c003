// Names of downloaded files, written for people: project (or town), meeting, what it is, date, in
// Japanese — e.g. 「A市_第2回ネットワーク会議_資料_2024-12-24.pdf」.

/** Joins the parts with "_" after removing spaces and characters no file system accepts. */
export function downloadFileName(parts: readonly (string | number | null | undefined)[], ext: string): string {
  const clean = parts
    .map((p) =>
      String(p ?? '')
        .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '・')
        .replace(/[\s\u3000]+/g, ''),
    )
    .filter(Boolean);
  return `${clean.join('_').slice(0, 120) || 'renkei'}.${ext}`;
}

/**
 * Content-Disposition with the name twice (RFC 6266): an ASCII fallback for old clients and the
 * real name as UTF-8 in `filename*`.
 */
export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot) : '';
  const ascii = name
    .slice(0, dot >= 0 ? dot : undefined)
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.]+|_+$/g, '');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii || 'renkei'}${ext}"; filename*=UTF-8''${encoded}`;
}
