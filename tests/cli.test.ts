import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { openDb, type Db } from '../src/db/client.ts';
import { runCli, type Io } from '../src/cli/framework.ts';
import { commands } from '../src/cli/commands/index.ts';
import { createProject } from '../src/projects/queries.ts';
import { auditLog, projectMembers, users } from '../src/db/schema.ts';
import { verifyPassword } from '../src/lib/crypto.ts';

const PASSWORD = 'a long enough password';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'renkei-cli-'));
  dbPath = join(dir, 'renkei.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command in-process against the temp database, capturing output. */
async function cli(argv: string[], opts: { env?: Record<string, string>; typed?: string[] | null } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const typed = opts.typed === undefined ? null : opts.typed;
  const io: Io = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: opts.env ?? { RENKEI_PASSWORD: PASSWORD },
    promptSecret: async () => (typed === null ? null : (typed.shift() ?? '')),
  };
  const code = await runCli(argv, commands, io, () => openDb(dbPath));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Opens a database file just long enough to read from it. */
function withDb<T>(path: string, fn: (db: Db) => T): T {
  const db = openDb(path);
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

describe('cli framework', () => {
  it('lists the commands in Japanese and English', async () => {
    const r = await cli(['help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('user:create --email E --name N');
    expect(r.out).toContain('職員アカウントを作成します');
    expect(r.out).toContain('Create a staff account');
    expect(r.out).toContain('backup <file> [--force]');
  });

  it('rejects unknown commands and options with exit code 2 and a message on stderr', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('不明なコマンドです / Unknown command: frobnicate');
    expect(unknown.out).toBe('');
    expect((await cli([])).code).toBe(2);
    const badOption = await cli(['backup', join(dir, 'b.db'), '--verbose']);
    expect(badOption.code).toBe(2);
    expect(badOption.err).toContain('不明なオプションです / Unknown option: --verbose');
    expect(badOption.err).toContain('使い方 / Usage: npm run cli -- backup <file> [--force]');
  });

  it('smoke: `npx tsx src/cli/main.ts help` exits 0 and an unknown command exits 2', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_PATH: dbPath };
    const ok = await run('npx', ['tsx', 'src/cli/main.ts', 'help'], { env });
    expect(ok.stdout).toContain('user:create');
    const bad = await run('npx', ['tsx', 'src/cli/main.ts', 'no-such-command'], { env }).catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no-such-command');
  }, 60_000);
});

describe('user:create', () => {
  it('creates a staff account with project memberships and records it', async () => {
    const pid = withDb(
      dbPath,
      (db) =>
        createProject(
          db,
          { name: 'A市', municipality: 'A市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
          null,
        ).id,
    );
    const r = await cli([
      'user:create',
      '--email',
      'Nurse@Example.jp',
      '--name',
      '保健 次郎',
      '--project',
      String(pid),
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('職員アカウントを作成しました: 保健 次郎 <nurse@example.jp>（職員）');
    const { u, memberOf, actions } = withDb(dbPath, (db) => {
      const u = db.select().from(users).get()!;
      return {
        u,
        memberOf: db
          .select()
          .from(projectMembers)
          .where(eq(projectMembers.userId, u.id))
          .all()
          .map((m) => m.projectId),
        actions: db
          .select()
          .from(auditLog)
          .where(eq(auditLog.projectId, pid))
          .all()
          .map((a) => a.action),
      };
    });
    expect(u.role).toBe('staff');
    expect(await verifyPassword(PASSWORD, u.passwordHash)).toBe(true);
    expect(memberOf).toEqual([pid]);
    expect(actions).toEqual(['add_member']);
  });

  it('validates with the setup form’s rules and exits 2 without creating anything', async () => {
    const r = await cli(['user:create', '--email', 'not-an-email', '--name', '  ', '--role', 'owner'], {
      env: { RENKEI_PASSWORD: 'short' },
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('--role: admin か staff を指定してください');
    const r2 = await cli(['user:create', '--email', 'not-an-email', '--name', '  '], {
      env: { RENKEI_PASSWORD: 'short' },
    });
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('--email: メールアドレスの形式が正しくありません');
    expect(r2.err).toContain('--name: 氏名を入力してください');
    expect(r2.err).toContain('パスワード: パスワードは12文字以上にしてください');
    const missing = await cli(['user:create', '--name', '花子']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--email と --name を指定してください');
    expect(existsSync(dbPath) ? withDb(dbPath, (db) => db.select().from(users).all().length) : 0).toBe(0);
  });

  it('asks for the password twice on a terminal and needs one when there is none', async () => {
    const noTty = await cli(['user:create', '--email', 'a@example.jp', '--name', '花子'], { env: {}, typed: null });
    expect(noTty.code).toBe(2);
    expect(noTty.err).toContain('RENKEI_PASSWORD');
    const mismatch = await cli(['user:create', '--email', 'a@example.jp', '--name', '花子'], {
      env: {},
      typed: [PASSWORD, 'something else!'],
    });
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain('確認用パスワードが一致しません');
    const ok = await cli(['user:create', '--email', 'a@example.jp', '--name', '花子', '--role', 'admin'], {
      env: {},
      typed: [PASSWORD, PASSWORD],
    });
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('（管理者）');
  });

  it('fails with exit 1 for an existing e-mail or an unknown project', async () => {
    expect((await cli(['user:create', '--email', 'a@example.jp', '--name', '花子'])).code).toBe(0);
    const dup = await cli(['user:create', '--email', 'A@example.jp', '--name', '別人']);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('このメールアドレスは既に登録されています');
    const noProject = await cli(['user:create', '--email', 'b@example.jp', '--name', '太郎', '--project', '42']);
    expect(noProject.code).toBe(1);
    expect(noProject.err).toContain('プロジェクトが見つかりません: ID 42');
    expect(
      withDb(dbPath, (db) =>
        db
          .select()
          .from(users)
          .all()
          .map((u) => u.email),
      ),
    ).toEqual(['a@example.jp']);
  });
});

describe('backup', () => {
  it('writes a copy that opens with the same users and refuses to overwrite without --force', async () => {
    await cli(['user:create', '--email', 'a@example.jp', '--name', '花子']);
    const target = join(dir, 'backup.db');
    const first = await cli(['backup', target]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('バックアップを作成しました');
    expect(
      withDb(target, (db) =>
        db
          .select()
          .from(users)
          .all()
          .map((u) => u.email),
      ),
    ).toEqual(['a@example.jp']);

    writeFileSync(join(dir, 'keep.db'), 'precious');
    const refused = await cli(['backup', join(dir, 'keep.db')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--force');
    expect(readFileSync(join(dir, 'keep.db'), 'utf8')).toBe('precious');

    await cli(['user:create', '--email', 'b@example.jp', '--name', '太郎']);
    expect((await cli(['backup', target, '--force'])).code).toBe(0);
    expect(withDb(target, (db) => db.select().from(users).all().length)).toBe(2);
  });

  it('needs exactly one file argument', async () => {
    const r = await cli(['backup']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('保存先のファイルを1つ指定してください');
    expect((await cli(['backup', join(dir, 'missing-folder', 'x.db')])).code).toBe(1);
  });
});
