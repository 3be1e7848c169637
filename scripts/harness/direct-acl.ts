import type { ImapFlow } from 'imapflow';
import { ROSTER_ENTRY, rosterOf } from '../../lib/sharing/team-keywords';

type Untagged = { attributes?: Array<{ value?: unknown }> };
type Token = { type: string; value: string };
type ExecList = (command: string, attributes: Array<Token | Token[]>) => Promise<{ next: () => void }>;
type Exec = (
  command: string,
  attributes: Array<{ type: string; value: string }>,
  options: { untagged?: Record<string, (untagged: Untagged) => void> },
) => Promise<{ next: () => void }>;

/**
 * RFC 4314 ACL commands for the harness (the demo's seeding, tests' "another client"), on a
 * direct connection: the app's adapter (lib/imap/commands/acl.ts) is server-only. imapflow has
 * no helper; its internal exec() runs them, and `next()` releases its reader afterwards.
 * ASCII folder names only (no modified UTF-7 here).
 */
async function run(imap: ImapFlow, command: string, args: string[], untagged: Record<string, (u: Untagged) => void> = {}) {
  const exec = (imap as unknown as { exec: Exec }).exec;
  const done = await exec.call(
    imap,
    command,
    args.map((value) => ({ type: 'STRING', value })),
    { untagged },
  );
  done.next();
}

/** `SETACL path identifier rights`: exactly these rights (RFC 4314 §3.1). */
export function setAclDirect(imap: ImapFlow, path: string, identifier: string, rights: string): Promise<void> {
  return run(imap, 'SETACL', [path, identifier, rights]);
}

/** `GETACL path`: identifier → rights letters, sorted, so Dovecot's order does not matter. */
export async function getAclDirect(imap: ImapFlow, path: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  const collect = ({ attributes = [] }: Untagged) => {
    for (let i = 1; i + 1 < attributes.length; i += 2) {
      entries[String(attributes[i]?.value)] = [...String(attributes[i + 1]?.value)].sort().join('');
    }
  };
  await run(imap, 'GETACL', [path], { ACL: collect });
  return entries;
}

/** `MYRIGHTS path`: the session user's rights there (RFC 4314 §3.5), as a client without a cache asks. */
export async function myRightsDirect(imap: ImapFlow, path: string): Promise<string> {
  let rights = '';
  const collect = ({ attributes = [] }: Untagged) => {
    rights = String(attributes[1]?.value ?? '');
  };
  await run(imap, 'MYRIGHTS', [path], { MYRIGHTS: collect });
  return rights;
}

/**
 * Publishes the folder's team roster as Letterbox's sharing changes do (lib/sharing/team-roster.ts):
 * `SETMETADATA path (/shared/vendor/letterbox/roster ["names"])`, from the ACL as it now is.
 */
export async function publishRosterDirect(imap: ImapFlow, path: string): Promise<void> {
  const entries = Object.entries(await getAclDirect(imap, path)).map(([identifier, rights]) => ({ identifier, rights }));
  const exec = (imap as unknown as { exec: ExecList }).exec;
  const done = await exec.call(imap, 'SETMETADATA', [
    { type: 'STRING', value: path },
    [
      { type: 'ATOM', value: ROSTER_ENTRY },
      { type: 'STRING', value: JSON.stringify(rosterOf(entries)) },
    ],
  ]);
  done.next();
}
