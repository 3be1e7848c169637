import type { ImapFlow } from 'imapflow';
import type { AppClient } from './app-client';
import type { Fixtures } from './fixtures';

/** What every API operation needs: both sides signed in as the same user, and what to address. */
export interface BenchContext {
  user: string;
  /** Signed in to the app; its pooled connections stay warm between repetitions. */
  app: AppClient;
  /** Logged in, INBOX selected: the warm floor. */
  floor: ImapFlow;
  fx: Fixtures;
  /** The process serving HTTP, for RSS. */
  serverPid: number;
  reps: number;
  warmup: number;
}
