import { z } from 'zod';
import { email, requiredText } from '../lib/validation.ts';
import { passwordSchema } from '../auth/schemas.ts';

const confirmed = <T extends { password: string; passwordConfirm: string }>(schema: z.ZodType<T>) =>
  schema.refine((v) => v.password === v.passwordConfirm, {
    path: ['passwordConfirm'],
    message: '確認用パスワードが一致しません',
  });

// inviteEmail: the members page also has the add-member form's email field
export const inviteSchema = z.object({
  inviteEmail: email(),
  role: z.enum(['admin', 'staff'], { error: '権限を選んでください' }).default('staff'),
});

export const acceptInviteSchema = confirmed(
  z.object({ name: requiredText(100, '氏名'), password: passwordSchema, passwordConfirm: z.string() }),
);

export const resetPasswordSchema = confirmed(z.object({ password: passwordSchema, passwordConfirm: z.string() }));

export const changePasswordSchema = confirmed(
  z.object({
    currentPassword: z.string().min(1, '現在のパスワードを入力してください').max(200),
    password: passwordSchema,
    passwordConfirm: z.string(),
  }),
);

export const forgotPasswordSchema = z.object({ email: email() });

/** A session's public handle in a form (random base64url). */
export const sessionHandleSchema = z.object({ handle: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/) });
