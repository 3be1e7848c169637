import { existsSync } from 'node:fs';
import { doveadm } from '../imap/doveadm';
import { instancePaths } from '../imap/paths';
import type { SeedSummary } from './seed-mailbox';

/**
 * Index the new mail now rather than on the first IMAP SELECT, and subscribe the created folders.
 * The full-text index (the fts instance's, fts-config.ts) only when asked: fts-xapian took 137 s
 * for 20,000 seeded messages here (0.9 s without it), so ~11 min for 100,000. Left out, it is
 * built by a folder's first BODY/TEXT search on that instance, or after its first APPEND there.
 */
export function indexAndSubscribe(summary: SeedSummary, { fullText = false } = {}): void {
  const config = instancePaths('full').config;
  if (!existsSync(config)) {
    throw Object.assign(new Error(`no Dovecot config at ${config}`), { stderr: `no Dovecot config at ${config}` });
  }
  doveadm(['index', '-u', summary.user, '*']);
  if (fullText) doveadm(['index', '-u', summary.user, '*'], 'fts');
  const extra = summary.folders.map((f) => f.path).filter((p) => p !== 'INBOX');
  // `doveadm mailbox subscribe [-u user] mailbox ...` takes several mailboxes at once (doveadm-mailbox(1)).
  if (extra.length) doveadm(['mailbox', 'subscribe', '-u', summary.user, ...extra]);
}
