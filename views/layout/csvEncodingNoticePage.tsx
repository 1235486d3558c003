import { Layout } from './layout.tsx';
import { csvEncodingHref } from '../components/csvDownloadLinks.tsx';

/** Before a Shift_JIS CSV whose text has characters that encoding cannot hold: what will be replaced. */
export function CsvEncodingNoticePage({
  href,
  fileName,
  replaced,
}: {
  /** The download URL without an encoding choice. */
  href: string;
  fileName: string;
  replaced: string[];
}) {
  const distinct = [...new Set(replaced)];
  const confirm = `${csvEncodingHref(href, 'sjis')}&replace=1`;
  return (
    <Layout title="Shift_JIS で保存できない文字があります">
      <section class="narrow">
        <h1>Shift_JIS で保存できない文字があります</h1>
        <p role="status">
          「{fileName}」には Shift_JIS（cp932）で表せない文字が {replaced.length} 文字（{distinct.length}{' '}
          種類）あります：
          {distinct.slice(0, 20).join('　')}
          {distinct.length > 20 ? '　…' : ''}
        </p>
        <p>
          Shift_JIS で保存すると、これらの文字は「〓」に置き換わります。元の文字を残すには UTF-8 で保存してください。
        </p>
        <div class="actions">
          <a class="button primary" href={href} download>
            UTF-8 で保存する（推奨）
          </a>
          <a class="button" href={confirm} download>
            「〓」に置き換えて Shift_JIS で保存する
          </a>
        </div>
      </section>
    </Layout>
  );
}
