import 'server-only';
import { pipeline, Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import PostalMime, { type Address } from 'postal-mime';
import { type MessageRef, messageRefFromId } from '@/lib/ids';
import { conditionalStore } from '@/lib/imap/commands/conditional-store';
import { messageGone, withMessage } from '@/lib/imap/connection/with-message';
import { downloadRaw } from '@/lib/imap/download-raw';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { parseComposeHeader } from './compose-header';
import { deleteDraft } from './delete-draft';
import { markOriginal } from './mark-original';
import { COMPOSE_HEADER } from './outgoing-message';
import { PRIVATE_FIELDS, QUEUED, SENDING, UNFILED } from './queue-marks';
import { saveCopy } from './save-copy';
import { type Spool, spool } from './spool';
import { stripFieldsStream, withoutBccStream } from './strip-fields-stream';
import { submitSmtp } from './submit-smtp';

/**
 * Sends a queued message once it is due: claims it, then submits it and files it as a send
 * does. The claim is `UID STORE … (UNCHANGEDSINCE m) +FLAGS (SENDING)` at the mod-sequence
 * where it was seen queued (RFC 7162 §3.1.3): an Undo (which takes QUEUED off the same way) or
 * another instance's alarm changes that mod-sequence, so exactly one of them wins. Without
 * CONDSTORE the claim is a plain STORE (a race of two instances is then possible). A message
 * no longer queued, or already claimed, is left alone. The claimed message is streamed from
 * the server into a spool file (partial fetches, download-raw.ts) without the queue's own
 * fields, submitted from there and streamed from there into Sent. A submission that
 * fails puts the message back as a plain draft: nothing is lost, and the user sends it again.
 */
export async function dispatchQueued(account: Account, ref: MessageRef): Promise<void> {
  const claimed = await claim(account, ref).catch((error: unknown) => {
    logger().warn({ err: error, user: account.user }, 'queued send not claimed');
    return null;
  });
  if (!claimed) return;
  let spooled: Spool;
  let head: Buffer;
  try {
    spooled = await spoolStored(account, ref);
    head = await spooled.head();
  } catch (error) {
    logger().warn({ err: error, user: account.user }, 'queued send not read; back in Drafts');
    await release(account, ref).catch(() => undefined);
    return;
  }
  const submitted = await submitAndFile(account, ref, spooled, head).finally(() => spooled.discard());
  if (submitted) await markLinked(account, claimed.links);
}

/** The stored message without the queue's private fields, streamed to a spool file. */
async function spoolStored(account: Account, ref: MessageRef): Promise<Spool> {
  const download = await downloadRaw(account, ref, null);
  if (download.kind !== 'body' || !download.body) throw messageGone();
  const stored = Readable.fromWeb(download.body as NodeWebStream<Uint8Array>);
  return spool(
    account,
    pipeline(stored, stripFieldsStream(PRIVATE_FIELDS), () => undefined),
  );
}

/** Submits the spooled message and files it in Sent; false, and the message back in Drafts, when SMTP did not take it. */
async function submitAndFile(account: Account, ref: MessageRef, spooled: Spool, head: Buffer): Promise<boolean> {
  try {
    const envelope = await envelopeOf(head, account);
    await submitSmtp(account, envelope, withoutBccStream(spooled.stream()));
  } catch (error) {
    logger().warn({ err: error, user: account.user }, 'queued send failed; back in Drafts');
    await release(account, ref).catch(() => undefined);
    return false;
  }
  const filed = await saveCopy(account, '\\Sent', spooled, ['\\Seen']).then(
    () => true,
    () => false,
  );
  // Sent, but not filed: it stays in Drafts as a plain draft marked UNFILED, which the
  // browser's question (queued-send-state.ts) reports.
  await (filed ? deleteDraft(account, ref) : release(account, ref, [UNFILED])).catch((error: unknown) =>
    logger().warn({ err: error, user: account.user }, 'queued send went; its draft not settled'),
  );
  return true;
}

/**
 * Claims the message for sending, reading its X-Letterbox-Compose field (what it answers or
 * forwards; not submitted, so not in the spool); null when it is not queued any more or
 * another claimed it first.
 */
async function claim(account: Account, ref: MessageRef): Promise<{ links: Buffer } | null> {
  return withMessage(
    account,
    ref,
    async ({ client, write }) => {
      // MODSEQ (RFC 7162): imapflow fetches it though its query type does not list it.
      const query = { uid: true, flags: true, modseq: true, headers: [COMPOSE_HEADER] };
      const seen = await client.fetchOne(String(ref.uid), query, { uid: true });
      if (!seen) return null;
      if (!seen.flags?.has(QUEUED) || seen.flags.has(SENDING)) return null;
      const claimed = { links: seen.headers ?? Buffer.alloc(0) };
      if (client.enabled.has('CONDSTORE') && seen.modseq !== undefined) {
        const refused = await write(() => conditionalStore(client, String(ref.uid), String(seen.modseq), '+FLAGS', [SENDING]));
        return refused.length === 0 ? claimed : null;
      }
      await write(() => client.messageFlagsAdd(String(ref.uid), [SENDING], { uid: true }));
      return claimed;
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

/** Marks what the message answered \\Answered and what it forwarded $Forwarded, from its X-Letterbox-Compose field. */
async function markLinked(account: Account, field: Buffer): Promise<void> {
  // MailComposer folds the field after its colon when the value is long (RFC 5322 §2.2.3):
  // the value may start on the next line.
  const value = /^X-Letterbox-Compose:\s*([A-Za-z0-9_-]+)/im.exec(field.toString('latin1'))?.[1];
  const links = parseComposeHeader(value);
  const replied = links.inReplyTo ? messageRefFromId(links.inReplyTo) : null;
  const forwarded = links.forwardOf ? messageRefFromId(links.forwardOf) : null;
  if (replied) await markOriginal(account, replied, '\\Answered').catch(() => undefined);
  if (forwarded) await markOriginal(account, forwarded, '$Forwarded').catch(() => undefined);
}
