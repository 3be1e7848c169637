import { describe, expect, it } from 'vitest';
import { revokeSession } from '@/lib/session/revoked-sessions';
import type { SessionData } from '@/lib/session/session-cookie';
import { sessionStillValid } from '@/lib/session/session-validity';

const DAY = 24 * 60 * 60_000;

const session = (overrides: Partial<SessionData> = {}): SessionData => ({
  sid: `sid-${Math.random()}`,
  user: 'alice',
  password: 'secret',
  host: '127.0.0.1',
  port: 1143,
  tls: 'false',
  createdAt: Date.now() - 60_000,
  seenAt: Date.now() - 1_000,
  ...overrides,
});

describe('sessionStillValid (defaults: one week absolute, one day idle)', () => {
  it('holds for a recent, used session', () => {
    expect(sessionStillValid(session())).toBe(true);
  });

  it('ends once the session is revoked (signed out elsewhere)', () => {
    const revoked = session();
    revokeSession(revoked.sid as string);
    expect(sessionStillValid(revoked)).toBe(false);
  });

  it('ends after the idle timeout, even though the absolute age is fine', () => {
    expect(sessionStillValid(session({ seenAt: Date.now() - 2 * DAY }))).toBe(false);
  });

  it('ends after the absolute age, even while in use', () => {
    expect(sessionStillValid(session({ createdAt: Date.now() - 8 * DAY }))).toBe(false);
    expect(sessionStillValid(session(), Date.now() + 7 * DAY)).toBe(false);
    expect(sessionStillValid(session({ createdAt: undefined }))).toBe(false);
  });
});
