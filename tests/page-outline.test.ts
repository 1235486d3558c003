// The outline a screen-reader user navigates by, for the live-meeting, case, hearing, case-study
// and packet pages: one main landmark, an h1, and no skipped heading levels. The axe crawl in
// e2e/ only warns about these (they are "moderate"); here a regression fails in the fast suite.
import { describe, expect, it } from 'vitest';
import { bodyText, fillPath, registeredRoutes, send, worldFactory } from './world.ts';

const OWN =
  /^\/(join|m\/)|\/(cases|hearings|group-work|wall|case-studies|packet)(\/|\.html|$)|^\/a\/:token\/(cases|hearings)/;
const NOT_PAGES = /(\.(pdf|xlsx|csv|json)|\/events)$/;

/** Heading levels in document order, and the places where a level was skipped. */
function outline(html: string): { levels: number[]; skips: string[] } {
  const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  const skips = levels.flatMap((level, i) =>
    i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${level}`] : [],
  );
  return { levels, skips };
}

const newWorld = worldFactory();
const pages = registeredRoutes()
  .filter((r) => r.startsWith('GET ') && OWN.test(r.slice(4)) && !NOT_PAGES.test(r))
  .map((r) => r.slice(4));

describe('page outline', () => {
  it('finds the pages it checks', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        '/join',
        '/projects/:pid{[0-9]+}/meetings/:mid{[0-9]+}/wall',
        '/projects/:pid{[0-9]+}/meetings/:mid{[0-9]+}/packet.html',
      ]),
    );
  });

  it('counts skipped levels only when going deeper', () => {
    expect(outline('<h1>a</h1><h2>b</h2><h3 class="x">c</h3><h2>d</h2>').skips).toEqual([]);
    expect(outline('<h1>a</h1><h3>c</h3>').skips).toEqual(['h1 → h3']);
  });

  for (const path of pages) {
    it(path, async () => {
      const world = newWorld();
      const who = path.startsWith('/a/')
        ? {}
        : path.startsWith('/m/') || path === '/join'
          ? { participant: world.participants.group1 }
          : { session: world.sessions.admin };
      const res = await send(world, 'GET', fillPath(path, world, { token: world.tokens.agencyA }), who);
      expect(res.status).toBe(200);
      const html = await bodyText(res);
      expect(html.match(/<main[\s>]/g), 'one main landmark').toHaveLength(1);
      const { levels, skips } = outline(html);
      expect(levels[0], 'starts with an h1').toBe(1);
      expect(skips, 'skipped heading levels').toEqual([]);
    });
  }
});
