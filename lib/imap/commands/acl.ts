import 'server-only';
import type { ImapFlow } from 'imapflow';
import { mailboxName } from './mailbox-name';
import { type RawAttribute, type RawUntagged, rawCommand, string, tokenText } from './raw-command';

/**
 * RFC 4314 ACL commands, which imapflow has no helper for. Only call them where CAPABILITY
 * lists ACL; each goes through rawCommand, so a NO [NOPERM] (GETACL without `a`) reaches
 * errors.ts like any other refusal. Mailbox names go in modified UTF-7 as imapflow's own do.
 */

export interface AclPair {
  identifier: string;
  rights: string;
}

/** `MYRIGHTS mailbox` (§3.5) → the signed-in user's rights there, e.g. `lrwstied`. */
export async function myRights(client: ImapFlow, path: string): Promise<string> {
  let rights = '';
  const collect = ({ attributes = [] }: RawUntagged) => {
    rights = tokenText(attributes[1]) ?? rights;
  };
  await rawCommand(client, 'MYRIGHTS', [mailbox(client, path)], { MYRIGHTS: collect });
  return rights;
}

/** `GETACL mailbox` (§3.3, needs `a`) → every identifier with its rights, as the server stores them. */
export async function getAcl(client: ImapFlow, path: string): Promise<AclPair[]> {
  const pairs: AclPair[] = [];
  const collect = ({ attributes = [] }: RawUntagged) => {
    pairs.push(...aclPairs(attributes.slice(1)));
  };
  await rawCommand(client, 'GETACL', [mailbox(client, path)], { ACL: collect });
  return pairs;
}

/** `SETACL mailbox identifier rights` (§3.1): replaces the identifier's rights (no `+`/`-` modifier is sent). */
export async function setAcl(client: ImapFlow, path: string, identifier: string, rights: string): Promise<void> {
  await rawCommand(client, 'SETACL', [mailbox(client, path), string(identifier), string(rights)]);
}

/** `DELETEACL mailbox identifier` (§3.2): the identifier's entry goes. */
export async function deleteAcl(client: ImapFlow, path: string, identifier: string): Promise<void> {
  await rawCommand(client, 'DELETEACL', [mailbox(client, path), string(identifier)]);
}

/**
 * `LISTRIGHTS mailbox identifier` (§3.4) → the rights always granted, and the rights that can
 * be granted (each group of letters that go together counts as one).
 */
export async function listRights(
  client: ImapFlow,
  path: string,
  identifier: string,
): Promise<{ required: string; optional: string[] }> {
  let result = { required: '', optional: [] as string[] };
  const collect = ({ attributes = [] }: RawUntagged) => {
    const [required, ...optional] = attributes.slice(2).map((token) => tokenText(token) ?? '');
    result = { required: required ?? '', optional: optional.filter(Boolean) };
  };
  await rawCommand(client, 'LISTRIGHTS', [mailbox(client, path), string(identifier)], { LISTRIGHTS: collect });
  return result;
}

/** `* ACL mailbox id1 rights1 id2 rights2 …` after the name: identifier and rights alternate. */
export function aclPairs(attributes: RawAttribute[]): AclPair[] {
  const pairs: AclPair[] = [];
  for (let i = 0; i + 1 < attributes.length; i += 2) {
    const identifier = tokenText(attributes[i]);
    const rights = tokenText(attributes[i + 1]);
    if (identifier !== null && rights !== null) pairs.push({ identifier, rights });
  }
  return pairs;
}

const mailbox = (client: ImapFlow, path: string) => string(mailboxName(client, path));
