import 'server-only';
import { messageId, messageRefFromId } from '@/lib/ids';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { buildMessage } from './build-message';
import { deleteDraft } from './delete-draft';
import { type ComposeInput, outgoingMessage } from './outgoing-message';
import { saveCopy } from './save-copy';

export interface SavedDraft {
  /** The new version's id: the next save replaces it, a send deletes it. */
  draftId: string | null;
}

/**
 * Saves a draft where every client looks for one: the special-use Drafts folder (RFC 6154),
 * flagged \Draft and \Seen, as a complete message (attachments included), so Thunderbird or a
 * phone can open it. IMAP cannot change a stored message, so a new version is APPENDed first
 * and the one it replaces (`draftId`) removed after: a failure between leaves two versions,
 * never none. A draft another device replaced or sent meanwhile is not an error; the newest
 * words are kept either way.
 */
export async function saveDraft(account: Account, input: ComposeInput & { draftId?: string }): Promise<SavedDraft> {
  const { message } = await outgoingMessage(account, input);
  const built = await buildMessage(message, { draft: true });
  const saved = await saveCopy(account, '\\Drafts', built.raw, ['\\Draft', '\\Seen']);
  const previous = input.draftId ? messageRefFromId(input.draftId) : null;
  if (previous) {
    await deleteDraft(account, previous).catch((error: unknown) =>
      logger().warn({ err: error, user: account.user }, 'previous draft version not removed'),
    );
  }
  return { draftId: saved.uid === null ? null : messageId({ path: saved.path, uidValidity: saved.uidValidity, uid: saved.uid }) };
}
