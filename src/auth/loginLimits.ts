// The login throttles of one installation (one per database, as tests open many): wrong passwords
// are counted per account, whatever address they come from, and separately per address.
import { perDb, type Db } from '../db/client.ts';
import { createLoginThrottle, type LoginThrottle } from './rateLimit.ts';

/** 5 wrong passwords per account, 30 per address, each within 15 minutes. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 30, windowMinutes: 15 } as const;

export const loginThrottles = perDb((): { account: LoginThrottle; address: LoginThrottle } => {
  const windowMs = LOGIN_LIMITS.windowMinutes * 60_000;
  return {
    account: createLoginThrottle(LOGIN_LIMITS.perAccount, windowMs),
    address: createLoginThrottle(LOGIN_LIMITS.perAddress, windowMs),
  };
});

/** The key an account is counted under (the login form trims and lower-cases the e-mail too). */
export const accountKey = (email: string) => email.trim().toLowerCase();

/**
 * Lifts the per-account lock, e.g. when the owner has proved who they are with a password reset.
 * The per-address count stays: it is about the address, not the account.
 */
export function clearLoginLock(db: Db, email: string): void {
  loginThrottles(db).account.reset([accountKey(email)]);
}
