import { sealData, unsealData } from 'iron-session';
import { describe, expect, it } from 'vitest';
import type { SessionData } from '@/lib/session/session-cookie';
import { createUnsealedSessions } from '@/lib/session/unsealed-sessions';
import { sessionData } from './session-data';

const password = 'unit-tests-secret-0123456789abcdef-xyz';
const data = sessionData({ seenAt: 1 });

/** The real unseal, counted: a cache hit is an unseal that did not happen. */
function countedUnseal() {
  const calls: string[] = [];
  const unseal = (sealed: string) => {
    calls.push(sealed);
    return unsealData<SessionData>(sealed, { password, ttl: 3600 });
  };
  return { calls, unseal };
}

describe('unsealed session cache', () => {
  it('unseals a cookie once, then answers from memory with a copy the caller may change', async () => {
    const { calls, unseal } = countedUnseal();
    const sessions = createUnsealedSessions(unseal);
    const sealed = await sealData(data, { password, ttl: 3600 });
    await sessions.open(sealed);
    const hit = await sessions.open(sealed);
    hit.seenAt = 99;
    expect(await sessions.open(sealed)).toEqual(data);
    expect(calls).toHaveLength(1);
  });

  it('refuses a tampered cookie even when the genuine one is cached', async () => {
    const { unseal } = countedUnseal();
    const sessions = createUnsealedSessions(unseal);
    const sealed = await sealData(data, { password, ttl: 3600 });
    await sessions.open(sealed);
    const parts = sealed.split('*');
    parts[4] = `${parts[4]?.slice(0, -2)}AA`;
    expect(await sessions.open(parts.join('*'))).toEqual({});
  });

  it('does not answer from memory after the seal expired', async () => {
    const { calls, unseal } = countedUnseal();
    const sessions = createUnsealedSessions(unseal);
    const sealed = await sealData(data, { password, ttl: 3600 });
    await sessions.open(sealed);
    const expiry = Number(sealed.split('*')[5]);
    await sessions.open(sealed, expiry + 1);
    expect(calls).toHaveLength(2);
  });

  it('keeps cookies this process sealed, and never keeps one that unsealed to nothing', async () => {
    const { calls, unseal } = countedUnseal();
    const sessions = createUnsealedSessions(unseal);
    const sealed = await sealData(data, { password, ttl: 3600 });
    sessions.remember(sealed, data);
    expect(await sessions.open(sealed)).toEqual(data);
    const foreign = await sealData(data, { password: 'another-secret-0123456789abcdef-xyz', ttl: 3600 });
    await sessions.open(foreign);
    await sessions.open(foreign);
    expect(calls).toEqual([foreign, foreign]);
  });

  it('is bounded: the least recently used cookie is unsealed again', async () => {
    const { calls, unseal } = countedUnseal();
    const sessions = createUnsealedSessions(unseal, 2);
    const seals = await Promise.all([1, 2, 3].map((n) => sealData({ ...data, sid: `sid-${n}` }, { password, ttl: 3600 })));
    const [oldest] = seals as [string, string, string];
    for (const sealed of seals) await sessions.open(sealed);
    await sessions.open(oldest);
    expect(calls).toEqual([...seals, oldest]);
  });
});
