import 'server-only';
import { cache } from 'react';
import type { Account } from './account';
import { accountOf, loadSession } from './session-cookie';

/**
 * The signed-in account for server components, unsealed once per request (React's cache):
 * the mail layouts both ask. A page cannot set cookies, so it never refreshes `seenAt`; the
 * API requests that follow do.
 */
export const currentAccount = cache(async (): Promise<Account | null> => accountOf(await loadSession()));
