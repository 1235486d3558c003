import { z } from 'zod';
import { email, requiredText } from '../lib/validation.ts';

export const passwordSchema = z
  .string()
  .min(12, 'パスワードは12文字以上にしてください')
  .max(200, 'パスワードは200文字以内にしてください');

export const setupSchema = z
  .object({
    email: email(),
    name: requiredText(100, '氏名'),
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ['passwordConfirm'],
    message: '確認用パスワードが一致しません',
  });

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'メールアドレスを入力してください').max(254),
  password: z.string().min(1, 'パスワードを入力してください').max(200),
  next: z.string().optional(),
});

// Control characters would end up in the Location header (a tab is sent as is, a newline fails).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Only same-site relative paths without control characters are followed after login. */
export function safeNext(next: string | undefined): string {
  if (!next || CONTROL.test(next)) return '/projects';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/projects';
}
