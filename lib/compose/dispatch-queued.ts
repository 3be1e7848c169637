import 'server-only';
import PostalMime, { type Address } from 'postal-mime';
import { type MessageRef, messageRefFromId } from '@/lib/ids';
import { conditionalStore } from '@/lib/imap/commands/conditional-store';
import { withMessage } from '@/lib/imap/connection/with-message';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { parseComposeHeader } from './compose-header';
import { deleteDraft } from './delete-draft';
import { markOriginal } from './mark-original';
import { PRIVATE_FIELDS, QUEUED, SENDING, UNFILED } from './queue-marks';
import { saveCopy } from './save-copy';
import { submitSmtp } from './submit-smtp';
import { withoutBcc, withoutFields } from './without-bcc';

type Claimed = { raw: Buffer } | null;

/**
 * Sends a queued message once it is due: claims it, then submits it and files it as a send
 * does. The claim is `UID STORE … (UNCHANGEDSINCE m) +FLAGS (SENDING)` at the mod-sequence
 * where it was seen queued (RFC 7162 §3.1.3): an Undo (which takes QUEUED off the same way) or
 * another instance's alarm changes that mod-sequence, so exactly one of them wins. Without
 * CONDSTORE the claim is a plain STORE (a race of two instances is then possible). A message
 * no longer queued, or already claimed, is left alone. A submission that fails puts the
 * message back as a plain draft: nothing is lost, and the user sends it again.
 */
export async function dispatchQueued(account: Account, ref: MessageRef): Promise<void> {
  let claimed: Claimed;
  try {
    claimed = await claim(account, ref);
  } catch (error) {
    logger().warn({ err: error, user: account.user }, 'queued send not claimed');
    return;
  }
  if (!claimed) return;
  const mine = withoutFields(claimed.raw, PRIVATE_FIELDS);
  try {
    const envelope = await envelopeOf(claimed.raw, account);
    await submitSmtp(account, envelope, withoutBcc(mine));
  } catch (error) {
    logger().warn({ err: error, user: account.user }, 'queued send failed; back in Drafts');
    await release(account, ref).catch(() => undefined);
    return;
  }
  await saveCopy(account, '\\Sent', mine, ['\\Seen']).then(
    () => deleteDraft(account, ref),
    // Sent, but not filed: it stays in Drafts as a plain draft marked UNFILED, which the
    // browser's question (queued-send-state.ts) reports.
    () => release(account, ref, [UNFILED]),
  );
  await markLinked(account, claimed.raw);
}

async function claim(account: Account, ref: MessageRef): Promise<Claimed> {
  return withMessage(
    account,
    ref,
    async ({ client, write }) => {
      // MODSEQ (RFC 7162): imapflow fetches it though its query type does not list it.
      const query = { uid: true, flags: true, modseq: true, source: true };
      const seen = await client.fetchOne(String(ref.uid), query, { uid: true });
      if (!seen) return null;
      if (!seen.flags?.has(QUEUED) || seen.flags.has(SENDING) || !seen.source) return null;
      if (client.enabled.has('CONDSTORE') && seen.modseq !== undefined) {
        const refused = await write(() => conditionalStore(client, String(ref.uid), String(seen.modseq), '+FLAGS', [SENDING]));
        if (refused.length > 0) return null;
      } else {
        await write(() => client.messageFlagsAdd(String(ref.uid), [SENDING], { uid: true }));
      }
      return { raw: seen.source };
    },
    { verify: false, retry: 'never' },
  );
}

/** Back to a plain draft: neither queued nor claimed (`mark`: and why). */
function release(account: Account, ref: MessageRef, mark: string[] = []): Promise<void> {
  return withMessage(
    account,
    ref,
    async ({ client, write }) => {
      if (mark.length > 0) await write(() => client.messageFlagsAdd(String(ref.uid), mark, { uid: true }));
      await write(() => client.messageFlagsRemove(String(ref.uid), [QUEUED, SENDING], { uid: true }));
    },
    { retry: 'never' },
  );
}

/** MAIL FROM and RCPT TO from the stored message's own fields (the queue keeps no envelope of its own). */
async function envelopeOf(raw: Buffer, account: Account): Promise<{ from: string; to: string[] }> {
  const end = raw.indexOf('\r\n\r\n');
  const parsed = await PostalMime.parse(Buffer.concat([raw.subarray(0, end < 0 ? raw.length : end), Buffer.from('\r\n\r\n')]));
  const flat = (list: Address[] | undefined) =>
    (list ?? [])
      .flatMap((entry) => ('group' in entry && entry.group ? entry.group : [entry]))
      .map((entry) => entry.address ?? '');
  const to = [
    ...new Set([...flat(parsed.to), ...flat(parsed.cc), ...flat(parsed.bcc)].filter((address) => address.includes('@'))),
  ];
  return { from: parsed.from?.address ?? account.user, to };
}

async function markLinked(account: Account, raw: Buffer): Promise<void> {
  const value = /^X-Letterbox-Compose:[ \t]*([A-Za-z0-9_-]+)/im.exec(raw.subarray(0, 64 * 1024).toString('latin1'))?.[1];
  const links = parseComposeHeader(value);
  const replied = links.inReplyTo ? messageRefFromId(links.inReplyTo) : null;
  const forwarded = links.forwardOf ? messageRefFromId(links.forwardOf) : null;
  if (replied) await markOriginal(account, replied, '\\Answered').catch(() => undefined);
  if (forwarded) await markOriginal(account, forwarded, '$Forwarded').catch(() => undefined);
}
