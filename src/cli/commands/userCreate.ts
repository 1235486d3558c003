import { z } from 'zod';
import { inArray } from 'drizzle-orm';
import { CliError, parseInput, UsageError, type Command } from '../framework.ts';
import { setupSchema } from '../../auth/schemas.ts';
import { createUser, findUserByEmail } from '../../auth/queries.ts';
import { addMember } from '../../projects/queries.ts';
import { projects } from '../../db/schema.ts';
import { recordAudit, type Actor } from '../../audit/log.ts';

const optionsSchema = z.object({
  role: z.enum(['admin', 'staff'], { error: 'admin か staff を指定してください' }).default('staff'),
  project: z
    .array(z.string().regex(/^\d+$/, 'プロジェクトIDは数字で指定してください').transform(Number))
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

const LABELS = {
  email: '--email',
  name: '--name',
  role: '--role',
  password: 'パスワード',
  passwordConfirm: 'パスワード（確認）',
};
const CLI_ACTOR: Actor = { kind: 'system', label: 'コマンドライン' };

export const userCreate: Command = {
  name: 'user:create',
  usage: '--email E --name N [--role admin|staff] [--project ID ...]',
  summary: {
    ja: '職員アカウントを作成します。パスワードは環境変数 RENKEI_PASSWORD か端末で入力します。--project で参加プロジェクトを指定できます。',
    en: 'Create a staff account. The password comes from RENKEI_PASSWORD or is typed at the terminal. --project adds the user to projects.',
  },
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    project: { type: 'string', multiple: true },
  },
  async run({ args, options, io, db }) {
    if (args.length) throw new UsageError(`余分な引数があります: ${args.join(' ')}`);
    const { role, project: projectIds } = parseInput(optionsSchema, options, LABELS);
    if (options.email === undefined || options.name === undefined)
      throw new UsageError('--email と --name を指定してください');

    let password = io.env.RENKEI_PASSWORD;
    let passwordConfirm = password;
    if (password === undefined) {
      password = (await io.promptSecret('パスワード（12文字以上）: ')) ?? undefined;
      if (password === undefined)
        throw new UsageError('パスワードを環境変数 RENKEI_PASSWORD で渡すか、端末から実行して入力してください');
      passwordConfirm = (await io.promptSecret('パスワード（確認）: ')) ?? '';
    }
    // The same rules as the first-account form on /setup.
    const account = parseInput(
      setupSchema,
      { email: options.email, name: options.name, password, passwordConfirm },
      LABELS,
    );

    const database = db();
    if (findUserByEmail(database, account.email))
      throw new CliError(`このメールアドレスは既に登録されています: ${account.email}`);
    const found = projectIds.length
      ? database
          .select({ id: projects.id })
          .from(projects)
          .where(inArray(projects.id, projectIds))
          .all()
          .map((p) => p.id)
      : [];
    const missing = projectIds.filter((id) => !found.includes(id));
    if (missing.length) throw new CliError(`プロジェクトが見つかりません: ID ${missing.join(', ')}`);

    const user = await createUser(database, {
      email: account.email,
      name: account.name,
      password: account.password,
      role,
    });
    database.transaction(() => {
      recordAudit(database, {
        projectId: null,
        actor: CLI_ACTOR,
        action: 'create',
        entity: 'user',
        entityId: user.id,
        detail: user.email,
      });
      for (const pid of projectIds) {
        addMember(database, pid, user.id);
        recordAudit(database, {
          projectId: pid,
          actor: CLI_ACTOR,
          action: 'add_member',
          entity: 'user',
          entityId: user.id,
          detail: `${user.name} <${user.email}>`,
        });
      }
    });
    io.out(`職員アカウントを作成しました: ${user.name} <${user.email}>（${role === 'admin' ? '管理者' : '職員'}）`);
    if (projectIds.length) io.out(`参加プロジェクト: ID ${projectIds.join(', ')}`);
  },
};
