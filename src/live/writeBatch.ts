// In a big meeting cards arrive many per second, and committing each alone costs a WAL write
// (and every thousand pages a checkpoint) per card. Writes that arrive within one short window
// run in one transaction instead, each in its own savepoint so that a failing one rolls back
// alone; every caller is answered once the batch has committed. A quiet meeting waits for
// nothing: the first write after a pause goes in the next turn of the event loop.
import { perDb, type Db } from '../db/client.ts';

const WINDOW_MS = 10;

type Job = { work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Batch = { jobs: Job[]; scheduled: boolean; last: number };
const batchOf = perDb((): Batch => ({ jobs: [], scheduled: false, last: 0 }));

function flush(db: Db, batch: Batch) {
  const jobs = batch.jobs;
  batch.jobs = [];
  batch.scheduled = false;
  batch.last = Date.now();
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
  try {
    db.transaction(() => {
      for (const job of jobs) {
        try {
          outcomes.push({ ok: true, value: db.transaction(job.work) });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
    });
  } catch (error) {
    for (const job of jobs) job.reject(error);
    return;
  }
  jobs.forEach((job, i) => {
    const outcome = outcomes[i];
    if (outcome.ok) job.resolve(outcome.value);
    else job.reject(outcome.error);
  });
}

/** Runs `work` (synchronous, its own writes only) in the current batch; resolves after the commit. */
export function inBatch<T>(db: Db, work: () => T): Promise<T> {
  const b = batchOf(db);
  return new Promise<T>((resolve, reject) => {
    b.jobs.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (b.scheduled) return;
    b.scheduled = true;
    const wait = b.last + WINDOW_MS - Date.now();
    if (wait > 0) setTimeout(() => flush(db, b), wait);
    else setImmediate(() => flush(db, b));
  });
}
