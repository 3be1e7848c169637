import { describe, expect, it } from 'vitest';
import { accountOf, type SessionData } from '@/lib/session/session-cookie';
import { sessionData } from './session-data';

const signedIn = (seenAt?: number): SessionData =>
  sessionData({ createdAt: Date.now() - 1_000, ...(seenAt === undefined ? {} : { seenAt }) });

describe('accountOf and the idle timeout (SESSION_IDLE_S, default one day)', () => {
  it('accepts a session used recently', () => {
    expect(accountOf(signedIn(Date.now() - 60_000))?.user).toBe('alice');
  });

  it('refuses a session idle for longer than the timeout, or with no record of use', () => {
    expect(accountOf(signedIn(Date.now() - 25 * 60 * 60_000))).toBeNull();
    expect(accountOf(signedIn())).toBeNull();
  });
});
