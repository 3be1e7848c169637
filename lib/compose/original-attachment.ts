import 'server-only';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import type { MessageRef } from '@/lib/ids';
import { messageGone } from '@/lib/imap/connection/with-message';
import { downloadRaw } from '@/lib/imap/download-raw';
import type { Account } from '@/lib/session/account';
import type { OutgoingAttachment } from './build-message';
import { emlName } from './eml-name';

/**
 * A message forwarded as an attachment: its stored bytes, untouched, as a message/rfc822 part
 * (RFC 2046 §5.2.1), so the recipient gets it byte for byte, signatures and all. They are read
 * in partial fetches as the composer pulls them (download-raw.ts), not fetched whole first.
 */
export async function originalAttachment(account: Account, ref: MessageRef, subject: string): Promise<OutgoingAttachment> {
  const download = await downloadRaw(account, ref, null);
  if (download.kind !== 'body' || !download.body) throw messageGone();
  return {
    filename: emlName(subject),
    contentType: 'message/rfc822',
    content: Readable.fromWeb(download.body as NodeWebStream<Uint8Array>),
  };
}
