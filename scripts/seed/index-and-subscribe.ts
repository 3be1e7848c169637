import { existsSync } from 'node:fs';
import { doveadm } from '../imap/doveadm';
import { instancePaths } from '../imap/paths';
import type { SeedSummary } from './seed-mailbox';

/** Index the new mail now rather than on the first IMAP SELECT, and subscribe the created folders. */
export function indexAndSubscribe(summary: SeedSummary): void {
  const config = instancePaths('full').config;
  if (!existsSync(config)) {
    throw Object.assign(new Error(`no Dovecot config at ${config}`), { stderr: `no Dovecot config at ${config}` });
  }
  doveadm(['index', '-u', summary.user, '*']);
  const extra = summary.folders.map((f) => f.path).filter((p) => p !== 'INBOX');
  // `doveadm mailbox subscribe [-u user] mailbox ...` takes several mailboxes at once (doveadm-mailbox(1)).
  if (extra.length) doveadm(['mailbox', 'subscribe', '-u', summary.user, ...extra]);
}
