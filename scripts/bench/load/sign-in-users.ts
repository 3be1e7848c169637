import { AppClient } from '../app-client';
import { PASSWORD } from '../config';
import type { AccountPlan } from './account-plan';
import type { LoadUser } from './simulated-user';

const AT_ONCE = 10;

/**
 * Signs in users `from`..`to - 1`, ten at a time, user i on account i mod N (round-robin): each
 * is its own session (cookie, pooled IMAP connections), as many people, or one person's many
 * tabs and devices, would be. A refused sign-in is an error of the run; that user stays out.
 */
export async function signInUsers(
  plans: AccountPlan[],
  range: { from: number; to: number },
  onError: (kind: string) => void,
): Promise<{ users: LoadUser[]; signInMs: number[] }> {
  const users: LoadUser[] = [];
  const signInMs: number[] = [];
  for (let batch = range.from; batch < range.to; batch += AT_ONCE) {
    const indices = Array.from({ length: Math.min(AT_ONCE, range.to - batch) }, (_, i) => batch + i);
    const signed = await Promise.all(
      indices.map(async (index) => {
        const plan = plans[index % plans.length] as AccountPlan;
        const client = new AppClient();
        const started = performance.now();
        try {
          await client.signIn(plan.user, PASSWORD);
          signInMs.push(performance.now() - started);
          return { client, plan };
        } catch (error) {
          onError(`sign-in: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`);
          return null;
        }
      }),
    );
    // Kept in index order, so the first n users of any step are spread over the accounts too.
    for (const user of signed) if (user) users.push(user);
  }
  return { users, signInMs };
}

/** Signs everyone out, ten at a time, so the server is not left holding hundreds of sessions. */
export async function signOutUsers(users: LoadUser[]): Promise<void> {
  for (let i = 0; i < users.length; i += AT_ONCE)
    await Promise.all(users.slice(i, i + AT_ONCE).map(({ client }) => client.signOut().catch(() => undefined)));
}
