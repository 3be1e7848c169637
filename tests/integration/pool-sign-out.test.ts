import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { closeSession, withImap } from '@/lib/imap/connection/pool';
import { listMailboxes } from '@/lib/imap/list-mailboxes';
import { accountFor, freshUser, openConnections } from './support/users';

/** A lease held until `release()`: the work itself sends nothing more. */
function holdLease(account: ReturnType<typeof accountFor>) {
  let entered: () => void = () => {};
  let release: () => void = () => {};
  const inside = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const done = withImap(account, async () => {
    entered();
    await gate;
    return 'finished';
  });
  return { inside, release, done };
}

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

describe('sign-out while requests of the session are still running (in process, against Dovecot)', () => {
  it('logs out a connection whose LOGIN was under way when the session signed out', async () => {
    const owner = freshUser('signout');
    const account = accountFor(owner, { session: 'out' });
    // The request opens the session's first connection; sign-out comes while its LOGIN is on the wire.
    const request = listMailboxes(account).then(
      () => 'answered',
      (error: unknown) => codeOf(error),
    );
    await closeSession(account);
    expect(await request).toBe('AUTH_REQUIRED');
    // Nothing left open at Dovecot: before the fix that connection idled in the dropped entry.
    await expect.poll(() => openConnections(owner.user), { timeout: 5_000 }).toBe(0);
  });

  it('fails the requests waiting for a connection at once, and logs out the ones given back', async () => {
    const owner = freshUser('signout');
    const account = accountFor(owner, { session: 'out' });
    // The per-session cap is 3 (IMAP_POOL_PER_SESSION): three held leases, then a fourth request waits.
    const held = [holdLease(account), holdLease(account), holdLease(account)];
    await Promise.all(held.map((lease) => lease.inside));
    const started = Date.now();
    const waiting = listMailboxes(account).then(
      () => 'answered',
      (error: unknown) => codeOf(error),
    );
    await closeSession(account);
    expect(await waiting).toBe('AUTH_REQUIRED');
    // Not after IMAP_POOL_WAIT_MS (15 s): at sign-out.
    expect(Date.now() - started).toBeLessThan(5_000);
    for (const lease of held) lease.release();
    // Their work sent nothing after sign-out, so it completes; what they hand back is logged out.
    expect(await Promise.all(held.map((lease) => lease.done))).toEqual(['finished', 'finished', 'finished']);
    await expect.poll(() => openConnections(owner.user), { timeout: 5_000 }).toBe(0);
  });
});
