import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SeededFolder, SeededMessage } from '../../../scripts/seed/seed-mailbox';

/**
 * What the global setup hands to the specs: the run's fresh Dovecot user and what the
 * seeder reported. A file, because workers are separate processes; in Playwright's
 * outputDir (test-results/e2e), which it empties before every run, so a stale account is
 * never read.
 */
export interface E2eAccount {
  user: string;
  password: string;
  folders: Pick<SeededFolder, 'path' | 'total' | 'unseen'>[];
  /** The seeder's manifest for the newest INBOX messages (index 0 is the newest). */
  messages: SeededMessage[];
  /** Seeded like `user` but used only to check the seeded counts: no other spec reads its mail. */
  pristine: { user: string; password: string };
  /** A second fresh user with only a large INBOX, for the virtualised list (message-list.spec.ts). */
  large: { user: string; password: string; total: number };
  /** A fourth fresh user whose INBOX holds only the hostile corpus (hostile-mail.spec.ts), in table order. */
  hostile: { user: string; password: string; messages: HostileMessage[] };
}

/** One message of tests/fixtures/mail/hostile as appended: its fixture name, Subject, UID and message id. */
export interface HostileMessage {
  name: string;
  subject: string;
  uid: number;
  id: string;
}

const projectRoot = resolve(import.meta.dirname, '..', '..', '..');
export const RESULTS_DIR = resolve(projectRoot, 'test-results');
const ACCOUNT_FILE = resolve(RESULTS_DIR, 'e2e', 'account.json');

export function writeAccount(account: E2eAccount): void {
  mkdirSync(dirname(ACCOUNT_FILE), { recursive: true });
  writeFileSync(ACCOUNT_FILE, `${JSON.stringify(account, null, 2)}\n`, { mode: 0o600 });
}

export function readAccount(): E2eAccount {
  return JSON.parse(readFileSync(ACCOUNT_FILE, 'utf8')) as E2eAccount;
}

/** The seeder's numbers for one folder; throws when it did not seed that folder, so a typo cannot pass as zero. */
export function seededFolder(account: E2eAccount, path: string): E2eAccount['folders'][number] {
  const folder = account.folders.find((candidate) => candidate.path === path);
  if (!folder) throw new Error(`the seeder reported no folder ${JSON.stringify(path)}`);
  return folder;
}
