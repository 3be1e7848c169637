import 'server-only';
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import type { Account } from '@/lib/session/account';

interface Guard {
  limiter: RateLimiterMemory;
  /** In-flight and finished sends by idempotency key: a double click or a retried request gets the first one's answer. */
  sends: LRUCache<string, Promise<unknown>>;
}

// On globalThis, as every per-process singleton here (the pool, the hub): route bundles share
// one. Per process: behind a load balancer the key is honoured per instance until it moves to Redis.
const holder = globalThis as typeof globalThis & { __letterboxSendGuard?: Guard };

function guard(): Guard {
  const config = env();
  holder.__letterboxSendGuard ??= {
    limiter: new RateLimiterMemory({ points: config.SEND_MAX_PER_WINDOW, duration: config.SEND_WINDOW_S }),
    sends: new LRUCache({ max: 10_000, ttl: 24 * 60 * 60_000 }),
  };
  return holder.__letterboxSendGuard;
}

/**
 * Runs `send` once per (account, key): a second request with the key while the first runs,
 * or after it succeeded, gets the same outcome without sending again. A failed send forgets
 * its key, so the user can try again. Each new send spends one of the session's
 * SEND_MAX_PER_WINDOW (429 RATE_LIMITED with Retry-After beyond it).
 */
export async function sendOnce<T>(account: Account, key: string | undefined, send: () => Promise<T>): Promise<T> {
  const { limiter, sends } = guard();
  const slot = key ? `${account.sessionId}\u0000${key}` : undefined;
  const earlier = slot ? sends.get(slot) : undefined;
  if (earlier) return earlier as Promise<T>;
  try {
    await limiter.consume(account.sessionId);
  } catch (refusal) {
    const wait = Math.max(1, Math.ceil(((refusal as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000));
    throw new AppError('RATE_LIMITED', `Too many messages sent in a short time. Try again in ${wait} s.`, {
      headers: { 'Retry-After': String(wait) },
    });
  }
  const running = send();
  if (slot) {
    sends.set(slot, running);
    running.catch(() => sends.delete(slot));
  }
  return running;
}
