// The clients of bench/live.ts: HTTP requests with a cookie jar, and SSE screens that apply what
// they receive the way static/live.js does (a card element replaces the one with its id; one
// marked data-gone removes it), so the bench can say whether each screen shows exactly its board.
import http from 'node:http';
import { HOST } from './liveServers.ts';

export const UNANSWERED_MS = 30_000;
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
export const closeAgent = () => agent.destroy();

export type Jar = Map<string, string>;
export type Res = { status: number; location: string | null };
const cookie = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

export function request(
  port: number,
  method: string,
  path: string,
  jar: Jar,
  form?: Record<string, string>,
): Promise<Res> {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  const headers: Record<string, string> = { Cookie: cookie(jar) };
  if (body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  return new Promise((resolve, reject) => {
    const req = http.request({ host: HOST, port, method, path, headers, agent }, (res) => {
      for (const line of res.headers['set-cookie'] ?? []) {
        const [pair] = line.split(';');
        const i = pair.indexOf('=');
        jar.set(pair.slice(0, i), pair.slice(i + 1));
      }
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, location: (res.headers.location as string) ?? null }));
    });
    req.setTimeout(UNANSWERED_MS, () => req.destroy(new Error('unanswered')));
    // a kept-alive socket the server closed just as it was reused: sent again, as browsers do
    req.on('error', (err: NodeJS.ErrnoException) =>
      req.reusedSocket && err.code === 'ECONNRESET'
        ? request(port, method, path, jar, form).then(resolve, reject)
        : reject(err),
    );
    req.end(body);
  });
}

export async function pool<T>(items: T[], width: number, run: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await run(items[i], i);
      }
    }),
  );
}

export const percentile = (values: number[], p: number) => {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/**
 * A card element as a screen received it: the card's id on the server, whether it is a removal,
 * the bench's number for the card, its cell, and whether this screen shows the card for the first time.
 */
export type CardLi = { id: number; gone: boolean; n: number | undefined; cell: string | undefined; first: boolean };
export type Audience = 'wall' | 'console' | number;

/** One wall, console or phone: its stream, the last event id it saw and the cards it shows. */
export class Screen {
  readonly cards = new Map<number, boolean>();
  readonly seen = new Set<number>();
  lastId = 0;
  req: http.ClientRequest | undefined;
  private buf = '';

  constructor(
    readonly audience: Audience,
    readonly path: string,
    readonly jar: Jar,
  ) {}

  /** Takes bytes off the stream; calls onCard for each card element of each complete message. */
  feed(text: string, onCard: (li: CardLi) => void) {
    this.buf += text;
    let end: number;
    while ((end = this.buf.indexOf('\n\n')) >= 0) {
      const block = this.buf.slice(0, end);
      this.buf = this.buf.slice(end + 2);
      const id = /^id: (\d+)$/m.exec(block);
      if (id) this.lastId = Number(id[1]);
      for (const piece of block.split('<li ').slice(1)) {
        const m = /card-(\d+)"/.exec(piece);
        if (!m) continue;
        const n = /bc(\d+)x/.exec(piece);
        const gone = piece.includes('data-gone');
        const number = n ? Number(n[1]) : undefined;
        const first = number !== undefined && !gone && !this.seen.has(number);
        if (first) this.seen.add(number);
        this.cards.set(Number(m[1]), !gone);
        onCard({ id: Number(m[1]), gone, n: number, cell: /data-cell="([^"]*)"/.exec(piece)?.[1], first });
      }
    }
  }

  /** Opens (or reopens, with Last-Event-ID) the stream; resolves once the server answered 200. */
  connect(port: number, onData: (text: string, bytes: number) => void, resume = false): Promise<void> {
    const headers: Record<string, string> = { Cookie: cookie(this.jar), Accept: 'text/event-stream' };
    if (resume) headers['Last-Event-ID'] = String(this.lastId);
    this.buf = '';
    return new Promise((resolve, reject) => {
      const req = http.get({ host: HOST, port, path: this.path, agent: false, headers }, (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          return reject(new Error(`SSE ${this.path}: ${res.statusCode}`));
        }
        res.on('data', (chunk: Buffer) => onData(chunk.toString('utf8'), chunk.length));
        res.on('error', () => {});
        resolve();
      });
      req.on('error', reject);
      this.req = req;
    });
  }

  drop() {
    this.req?.destroy();
    this.req = undefined;
  }
}
