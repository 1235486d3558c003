import { rubyParts } from '../../src/lib/labels/publicGuide.ts';

/** Text with furigana over its key words when the reader asked for them. */
export function Ruby({ text, on }: { text: string; on: boolean }) {
  if (!on) return <>{text}</>;
  return (
    <>
      {rubyParts(text).map((p) =>
        typeof p === 'string' ? (
          p
        ) : (
          <ruby>
            {p.base}
            <rt>{p.reading}</rt>
          </ruby>
        ),
      )}
    </>
  );
}
