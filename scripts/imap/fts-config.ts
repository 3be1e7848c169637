import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InstanceKind } from './paths';

/**
 * Full-text search through Debian's dovecot-fts-xapian (1.5.5 on Debian 12), in an instance of
 * its own (PORTS.imapFts) on the same users and mail. Not in the full one: with the index,
 * Dovecot answers TEXT, BODY and the indexed headers from it, and its matching is not RFC
 * 3501's (measured, tests/integration/search-fts.test.ts): a search that is only a negation
 * finds nothing, terms under 3 characters or of punctuation alone find nothing, headers it
 * does not index (Content-Type) match nothing, and Dovecot 2.3 never hands it the last word of
 * a body part that does not end in a line break. The full and minimal instances keep exact
 * semantics for every other test; this one is the fast body search, and the README says what
 * it costs.
 */
export const hasFts = (kind: InstanceKind) => kind === 'fts';

/** Debian's dovecot-fts-xapian puts its module in Dovecot's plugin directory; without it Dovecot refuses to start. */
export function xapianInstalled(): boolean {
  const dir = execFileSync('doveconf', ['-h', 'mail_plugin_dir'], { encoding: 'utf8' }).trim();
  return existsSync(resolve(dir, 'lib21_fts_xapian_plugin.so'));
}

/** The plugins to add to `mail_plugins`. */
export const ftsPlugins = (kind: InstanceKind) => (hasFts(kind) ? ' fts fts_xapian' : '');

/**
 * The plugin settings and the indexer's limits, or nothing for the minimal instance. With them,
 * every TEXT, BODY and header search key (FROM, SUBJECT, HEADER …) of indexed mail is answered
 * by the index, whose matching differs from RFC 3501's substrings: README, "Full-text search".
 */
export function ftsConfig(kind: InstanceKind): string {
  if (!hasFts(kind)) return '';
  return `plugin {
  fts = xapian
  # Words of the body and of Subject/From/To/Cc/Bcc/Message-ID/List-ID, each with its 3- to
  # 20-character pieces: "ello" finds "hello", a term under 3 characters finds nothing.
  fts_xapian = partial=3 full=20 verbose=0
  # APPEND and LMTP queue new mail for the indexer service (a few ms per APPEND, measured), so a
  # search rarely waits; the first one into a folder never indexed queues the whole folder.
  fts_autoindex = yes
  fts_autoindex_exclude = \\Trash
  fts_autoindex_exclude2 = \\Junk
  # no: a BODY/TEXT search first indexes what is missing, and when the index cannot be opened
  # Dovecot reads the mail itself: a corrupted index measured right answers, 20x slower. yes and
  # body answered "NO Internal error" instead (the app's SEARCH_FAILED).
  fts_enforced = no
}
service indexer-worker {
  # fts-xapian holds up to 1,000,000 updates or 300 s of indexing in memory before it commits;
  # its README asks for 2G (doveadm index of 20,000 seeded messages peaked at 73 MB here).
  vsz_limit = 2G
}
`;
}
