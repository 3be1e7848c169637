import 'server-only';
import type { ImapFlow } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';

export type SpecialUseFlag = '\\Archive' | '\\Trash' | '\\Junk' | '\\Sent' | '\\Drafts';

const NAMES: Record<SpecialUseFlag, string> = {
  '\\Archive': 'Archive',
  '\\Trash': 'Trash',
  '\\Junk': 'Junk',
  '\\Sent': 'Sent',
  '\\Drafts': 'Drafts',
};

/**
 * The path of the account's folder with this special use (RFC 6154), as the folder tree shows
 * it (list-mailboxes.ts reads the same imapflow field: the server's attribute, or imapflow's
 * well-known-name match on a server without SPECIAL-USE). None is a 409 naming the use: the
 * action never guesses another folder or creates one.
 */
export async function specialFolder(client: ImapFlow, use: SpecialUseFlag): Promise<string> {
  const entries = await client.list();
  const found = entries.find(
    (entry) => entry.specialUse === use && !entry.flags.has('\\Noselect') && !entry.flags.has('\\NonExistent'),
  );
  if (!found) {
    throw new AppError('NO_SPECIAL_FOLDER', `This account has no ${NAMES[use]} folder on the mail server.`, {
      details: { specialUse: use },
    });
  }
  return found.path;
}
