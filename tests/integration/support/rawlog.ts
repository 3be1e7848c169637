import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type InstanceKind, instancePaths } from '../../../scripts/imap/paths';

export interface SentCommand {
  /** The command name, with UID's sub-command joined: "UID FETCH". */
  name: string;
  line: string;
}

/**
 * What the client sent after login, from Dovecot's rawlog (`*.in` files, one per
 * connection, each line prefixed with a timestamp). Dovecot flushes a rawlog when the
 * connection ends, so log out first. Pre-login commands (CAPABILITY, LOGIN) are handled
 * by imap-login and are not in the rawlog.
 */
export function sentCommands(user: string, kind: InstanceKind): SentCommand[] {
  return sentCommandsByConnection(user, kind).flat();
}

function parseRawlog(text: string): SentCommand[] {
  const commands: SentCommand[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^(?:\d+\.\d+ )?[A-Za-z0-9]+ ([A-Za-z-]+)(?: ([A-Za-z-]+))?/.exec(line);
    if (!match?.[1]) continue;
    const verb = match[1].toUpperCase();
    const name = verb === 'UID' && match[2] ? `UID ${match[2].toUpperCase()}` : verb;
    commands.push({ name, line });
  }
  return commands;
}

/** RFC 3501 §6: every command of base IMAP4rev1. */
export const IMAP4REV1_COMMANDS = new Set([
  'CAPABILITY',
  'NOOP',
  'LOGOUT',
  'STARTTLS',
  'AUTHENTICATE',
  'LOGIN',
  'SELECT',
  'EXAMINE',
  'CREATE',
  'DELETE',
  'RENAME',
  'SUBSCRIBE',
  'UNSUBSCRIBE',
  'LIST',
  'LSUB',
  'STATUS',
  'APPEND',
  'CHECK',
  'CLOSE',
  'EXPUNGE',
  'SEARCH',
  'FETCH',
  'STORE',
  'COPY',
  'UID COPY',
  'UID FETCH',
  'UID SEARCH',
  'UID STORE',
]);

/** sentCommands() per connection: one list for each rawlog file, i.e. each connection Dovecot served. */
export function sentCommandsByConnection(user: string, kind: InstanceKind): SentCommand[][] {
  const dir = resolve(instancePaths(kind).rawlogDir, user);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.in'))
    .map((file) => parseRawlog(readFileSync(resolve(dir, file), 'latin1')));
}
