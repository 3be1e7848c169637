import 'server-only';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';

interface Limiters {
  account: RateLimiterMemory;
  ip: RateLimiterMemory;
}

// On globalThis: route bundles share one set of counters (see the pool). Per process: several
// instances each count their own failures, so behind a load balancer an attacker gets the limit
// once per instance until the counters move to a store the instances share.
const holder = globalThis as typeof globalThis & { __letterboxSignInLimits?: Limiters };

function limiters(): Limiters {
  const config = env();
  holder.__letterboxSignInLimits ??= {
    account: new RateLimiterMemory({ points: config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT, duration: config.SIGN_IN_WINDOW_S }),
    ip: new RateLimiterMemory({ points: config.SIGN_IN_MAX_FAILURES_PER_IP, duration: config.SIGN_IN_WINDOW_S }),
  };
  return holder.__letterboxSignInLimits;
}

export interface SignInAttempt {
  /** user@host:port, lower-cased: the account being guessed at. */
  account: string;
  ip: string | null;
}

/** Refuses with 429 and Retry-After while the account or the IP has used up its failures. */
export async function assertSignInAllowed({ account, ip }: SignInAttempt): Promise<void> {
  const { account: perAccount, ip: perIp } = limiters();
  const checks: Array<[RateLimiterMemory, string]> = [[perAccount, account]];
  if (ip) checks.push([perIp, ip]);
  for (const [limiter, key] of checks) {
    const state = await limiter.get(key);
    if (state && state.consumedPoints >= limiter.points) {
      const retryAfter = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${retryAfter} s.`, {
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
  }
}

/** A wrong password: counts against the account and the IP. */
export async function recordFailedSignIn({ account, ip }: SignInAttempt): Promise<void> {
  const { account: perAccount, ip: perIp } = limiters();
  // consume() rejects once the points are used up; the next attempt is refused by assertSignInAllowed.
  const spent = (_res: RateLimiterRes) => undefined;
  await perAccount.consume(account).catch(spent);
  if (ip) await perIp.consume(ip).catch(spent);
}

/** A successful sign-in clears the account's failures (not the IP's: one good account must not unlock guessing). */
export async function recordSignIn({ account }: SignInAttempt): Promise<void> {
  await limiters().account.delete(account);
}
