import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { dataDir } from '../../../scripts/imap/paths';
import { APP_ENV, APP_LOG } from './servers';

/**
 * Every password the suite's users were given, so the run can prove that none of them (nor
 * the session secret) ever reached the app's log. Plaintext on purpose, in the run's own
 * data directory: these are throwaway users of the local test Dovecot.
 */
const FILE = resolve(dataDir, 'test-logs', 'integration-credentials');

export function resetCredentials(): void {
  rmSync(FILE, { force: true });
}

export function recordCredential(secret: string): void {
  mkdirSync(dirname(FILE), { recursive: true });
  appendFileSync(FILE, `${secret}\n`, { mode: 0o600 });
}

function credentials(): string[] {
  const recorded = existsSync(FILE) ? readFileSync(FILE, 'utf8').split('\n').filter(Boolean) : [];
  return [...recorded, APP_ENV.SESSION_SECRET];
}

/** How many known secrets `text` contains (never which: a failing test must not print them). */
export function leakedIn(text: string): number {
  return credentials().filter((secret) => text.includes(secret)).length;
}

export function leakedInAppLog(): number {
  return existsSync(APP_LOG) ? leakedIn(readFileSync(APP_LOG, 'utf8')) : 0;
}
