// The visible choice every CSV download offers: UTF-8 (with BOM, the default) or Shift_JIS.
export function csvEncodingHref(href: string, encoding: 'utf8' | 'sjis'): string {
  return encoding === 'utf8' ? href : `${href}${href.includes('?') ? '&' : '?'}encoding=sjis`;
}

export function CsvDownloadLinks({ href, label = 'CSV', button }: { href: string; label?: string; button?: boolean }) {
  const cls = button ? 'button' : undefined;
  return (
    <span class="csv-download" role="group" aria-label={`${label}の文字コード`}>
      <a class={cls} href={href} download>
        {label}（UTF-8）
      </a>
      <a class={cls} href={csvEncodingHref(href, 'sjis')} download title="Shift_JIS でしか読めないシステム向け">
        {label}（Shift_JIS）
      </a>
    </span>
  );
}
