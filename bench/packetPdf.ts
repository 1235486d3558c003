// PDF figures for bench/packet.ts: the demo's packets through the warm browser (cold = first PDF,
// including Chromium's launch; warm = later ones), then five PDFs requested together while other
// staff pages are requested, with those pages' p50/p95.
// Targets (issue 18): warm PDF of the demo's packet < 2 s; other pages p95 < 100 ms meanwhile.
import { performance } from 'node:perf_hooks';
import { asc, eq } from 'drizzle-orm';
import { meetings } from '../src/db/schema.ts';
import { loadDemo } from '../src/demo/index.ts';
import { closePdfBrowser } from '../src/packet/pdf.ts';
import { staffSetup } from '../tests/helpers.ts';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

export async function pdfFigures(): Promise<boolean> {
  const { db, client, admin } = await staffSetup();
  const pid = loadDemo(db, { ownerUserId: admin.id });
  const list = db.select().from(meetings).where(eq(meetings.projectId, pid)).orderBy(asc(meetings.date)).all();
  const pdfPath = (mid: number) => `/projects/${pid}/meetings/${mid}/packet.pdf`;
  const timed = async (path: string) => {
    const t = performance.now();
    const res = await client.get(path);
    const bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return { ms: performance.now() - t, bytes };
  };

  const largest = list[list.length - 1];
  const cold = await timed(pdfPath(largest.id));
  console.log(
    `PDF demo ${largest.title}: cold (browser launch) ${cold.ms.toFixed(0)} ms, ${(cold.bytes / 1024).toFixed(0)} KiB`,
  );
  const warm: number[] = [];
  for (const m of list) warm.push((await timed(pdfPath(m.id))).ms);
  for (let i = 0; i < 3; i++) warm.push((await timed(pdfPath(largest.id))).ms);
  console.log(
    `PDF demo packets warm: p50 ${pct(warm, 0.5).toFixed(0)} ms, max ${Math.max(...warm).toFixed(0)} ms (${warm.length} PDFs)`,
  );

  const pages = [`/projects/${pid}`, `/projects/${pid}/agencies`, `/projects/${pid}/meetings`];
  const pageTimes: number[] = [];
  let done = false;
  const t = performance.now();
  const five = Promise.all(Array.from({ length: 5 }, () => timed(pdfPath(largest.id)))).finally(() => (done = true));
  while (!done) {
    for (const p of pages) pageTimes.push((await timed(p)).ms);
    await new Promise((r) => setTimeout(r, 20));
  }
  const pdfs = await five;
  console.log(
    `5 PDFs together: all done after ${(performance.now() - t).toFixed(0)} ms (slowest ${Math.max(...pdfs.map((x) => x.ms)).toFixed(0)} ms); ` +
      `other pages meanwhile p50 ${pct(pageTimes, 0.5).toFixed(1)} ms, p95 ${pct(pageTimes, 0.95).toFixed(1)} ms (${pageTimes.length} requests)`,
  );
  await closePdfBrowser();
  return pct(warm, 0.5) < 2000 && pct(pageTimes, 0.95) < 100;
}
