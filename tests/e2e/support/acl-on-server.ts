import type { ImapFlow } from 'imapflow';
import { withDirectImap } from '../../../scripts/harness/direct-imap';
import type { TestAccount } from './accounts';

type Exec = (
  command: string,
  attributes: Array<{ type: string; value: string }>,
  options: { untagged: Record<string, (untagged: { attributes?: Array<{ value?: unknown }> }) => void> },
) => Promise<{ next: () => void }>;

/**
 * A folder's ACL as the owner's own IMAP session reads it (GETACL, RFC 4314 §3.3), not through
 * the app: identifier → rights letters, sorted so Dovecot's order does not matter.
 */
export function aclOnServer(owner: TestAccount, path: string): Promise<Record<string, string>> {
  return withDirectImap(owner, async (imap: ImapFlow) => {
    const entries: Record<string, string> = {};
    const collect = ({ attributes = [] }: { attributes?: Array<{ value?: unknown }> }) => {
      for (let i = 1; i + 1 < attributes.length; i += 2) {
        entries[String(attributes[i]?.value)] = [...String(attributes[i + 1]?.value)].sort().join('');
      }
    };
    // imapflow has no GETACL helper; its internal exec() is what the app's adapter uses too.
    const done = await (imap as unknown as { exec: Exec }).exec('GETACL', [{ type: 'STRING', value: path }], {
      untagged: { ACL: collect },
    });
    done.next();
    return entries;
  });
}
