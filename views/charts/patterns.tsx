// Fills that stay distinguishable in greyscale print: a colour-blind-safe palette (Okabe–Ito)
// combined with a texture per series.
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];
const TEXTURES = [
  '', // solid
  'M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5', // diagonal
  'M0,3 H6', // horizontal
  'M3,0 V6', // vertical
  'M0,0 L6,6 M0,6 L6,0', // cross
  'M6,6 L0,0 M-1,5 L1,7 M5,-1 L7,1', // anti-diagonal
];
const DOTS = 6; // an extra texture drawn as a dot

export function fillId(chartId: string, i: number): string {
  return `${chartId}-fill-${i}`;
}

/** <defs> with one pattern per series index (colour i mod 8, texture i mod 7). */
export function SeriesPatterns({ chartId, count }: { chartId: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => {
        const colour = COLOURS[i % COLOURS.length];
        const texture = i % (TEXTURES.length + 1);
        return (
          <pattern id={fillId(chartId, i)} patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" fill={colour} />
            {texture === DOTS ? (
              <circle cx="3" cy="3" r="1.3" fill="#000" fill-opacity="0.55" />
            ) : (
              TEXTURES[texture] && <path d={TEXTURES[texture]} stroke="#000" stroke-opacity="0.55" stroke-width="1.2" />
            )}
          </pattern>
        );
      })}
    </defs>
  );
}
