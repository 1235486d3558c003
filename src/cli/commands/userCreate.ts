import { z } from 'zod';
import { CliError, parseInput, UsageError, type Command } from '../framework.ts';
import { setupSchema } from '../../auth/schemas.ts';
import { createStaffAccount } from '../../auth/commands.ts';
import type { Actor } from '../../audit/log.ts';

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

    const result = await createStaffAccount(db(), CLI_ACTOR, { ...account, role, projectIds });
    if (!result.ok)
      throw new CliError(
        result.reason === 'email_taken'
          ? `このメールアドレスは既に登録されています: ${account.email}`
          : `プロジェクトが見つかりません: ID ${result.projectIds.join(', ')}`,
      );
    const { user } = result;
    io.out(`職員アカウントを作成しました: ${user.name} <${user.email}>（${role === 'admin' ? '管理者' : '職員'}）`);
    if (projectIds.length) io.out(`参加プロジェクト: ID ${projectIds.join(', ')}`);
  },
};
