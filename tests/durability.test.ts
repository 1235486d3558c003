// "Nothing lost": a write the server acknowledged survives the server being killed outright.
// The real server runs as a child process on a temp database file; a burst of project
// creations and questionnaire autosaves is cut short by SIGKILL, then the file is reopened.
import { afterAll, describe, expect, it } from 'vitest';
import { csrfTokenFor } from '../src/http/middleware.ts';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../src/db/client.ts';
import { createApp } from '../src/app.tsx';
import { createSession, createUser } from '../src/auth/queries.ts';
import { createProject, setSurveyWindows } from '../src/projects/queries.ts';
import { agencies } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { startServer, type ServerProcess } from '../e2e/harness.ts';

const CSRF = 'd'.repeat(43);
const LANES = 6; // concurrent project creations in flight
const KILL_AFTER = 60; // acknowledged project creations before the kill

/** An installation with an admin session and an agency whose questionnaire is open. */
async function seed(dbPath: string) {
  const db = openDb(dbPath);
  const admin = await createUser(db, {
    email: 'admin@example.jp',
    name: '管理者',
    password: 'durability test password',
    role: 'admin',
  });
  const project = createProject(
    db,
    { name: '耐久テスト', municipality: '耐久市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
    admin.id,
  );
  setSurveyWindows(db, project.id, [{ part: 'questionnaire', opensOn: '2000-04-01', closesOn: '2100-03-31' }]);
  const agency = db
    .insert(agencies)
    .values({ projectId: project.id, key: 'A', name: '耐久相談室', kind: 'NPO', field: 'welfare_ibasho' })
    .returning()
    .get();
  const token = issueAgencyLink(db, agency.id);
  const session = createSession(db, admin.id);
  db.$client.close();
  return { token, session, projectId: project.id, agencyId: agency.id };
}

describe('durability', () => {
  const dir = mkdtempSync(join(tmpdir(), 'renkei-durability-'));
  const dbPath = join(dir, 'renkei.db');
  let server: ServerProcess | undefined;

  afterAll(async () => {
    await server?.stop();
    server?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write after SIGKILL mid-burst', async () => {
    const { token, session, projectId, agencyId } = await seed(dbPath);
    server = await startServer({ dbPath, env: { LOG_LEVEL: 'silent' } });
    const url = server.url;
    const post = (path: string, form: Record<string, string>, cookie: string) =>
      fetch(url + path, {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams({ ...form, _csrf: CSRF }),
        headers: {
          Cookie: `renkei_csrf=${CSRF}${cookie}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          // a staff session has its own CSRF token, bound to it
          ...(cookie.includes('renkei_session=') ? { 'X-CSRF-Token': csrfTokenFor(session) } : {}),
        },
      });

    const ackedProjects: string[] = [];
    let lastAckedAutosave = -1;
    let killed = false;
    let next = 0;

    const projectLane = async () => {
      while (!killed) {
        const name = `耐久プロジェクト-${next++}`;
        try {
          const res = await post(
            '/projects',
            { name, municipality: '耐久市', fiscalYear: '2024' },
            `; renkei_session=${session}`,
          );
          if (res.status === 303 && /^\/projects\/\d+$/.test(res.headers.get('location') ?? ''))
            ackedProjects.push(name);
          else throw new Error(`unexpected ${res.status}`);
        } catch (err) {
          if (killed) return; // the connection died with the server: not acknowledged
          throw err;
        }
        if (ackedProjects.length >= KILL_AFTER && !killed) {
          killed = true;
          server!.kill('SIGKILL');
        }
      }
    };
    // autosaves overwrite one draft, so they go one at a time: the stored draft must be the
    // last acknowledged one or the one that was in flight when the server died
    const autosaveLane = async () => {
      for (let n = 0; !killed; n++) {
        try {
          const res = await post(`/a/${token}/questionnaire/autosave`, { client_profile: `下書き${n}` }, '');
          if (res.status === 303) lastAckedAutosave = n;
          else throw new Error(`autosave answered ${res.status}`);
        } catch (err) {
          if (killed) return;
          throw err;
        }
      }
    };

    await Promise.all([...Array.from({ length: LANES }, projectLane), autosaveLane()]);
    await server.stop();
    server.cleanup();

    expect(ackedProjects.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(lastAckedAutosave).toBeGreaterThan(0);

    const db = new Database(dbPath);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(
        (db.prepare('select name from projects where id <> ?').all(projectId) as { name: string }[]).map((r) => r.name),
      );
      expect(ackedProjects.filter((name) => !stored.has(name))).toEqual([]);
      const draft = db
        .prepare('select answers, status from questionnaire_responses where agency_id = ?')
        .get(agencyId) as { answers: string; status: string };
      expect(draft.status).toBe('draft');
      const saved = Number(/下書き(\d+)/.exec(JSON.parse(draft.answers).client_profile)![1]);
      expect([lastAckedAutosave, lastAckedAutosave + 1]).toContain(saved);
    } finally {
      db.close();
    }

    // and the server comes back up on the same file
    server = await startServer({ dbPath, env: { LOG_LEVEL: 'silent' } });
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ ok: true });
  });

  it('reports an unusable database on /healthz, so a monitor notices', async () => {
    const db = openDb(':memory:');
    const app = createApp({ db });
    expect((await app.request('/healthz')).status).toBe(200);
    db.$client.close();
    const res = await app.request('/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, error: 'データベースに接続できません。' });
  });
});
