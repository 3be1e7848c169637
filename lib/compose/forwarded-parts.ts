import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { AppError } from '@/lib/errors/app-error';
import type { MessageRef } from '@/lib/ids';
import { fetchMessage, withMessage } from '@/lib/imap/connection/with-message';
import { contentTypeOf, downloadPart, filenameOf } from '@/lib/imap/download-part';
import { findPart, numberParts } from '@/lib/mime/part-numbers';
import type { Account } from '@/lib/session/account';
import type { OutgoingAttachment } from './build-message';

/**
 * The attachments of a message forwarded inline, carried along as Gmail does: names and types
 * from one BODYSTRUCTURE, the bytes streamed from IMAP (decoded, download-part.ts) only when the
 * composer reaches each one, so no part is ever held whole and only one connection is busy with
 * them at a time (opening them all at once could wait forever on the session's pool). A part
 * number the message does not have is a 400 naming it.
 */
export async function forwardedParts(account: Account, ref: MessageRef, parts: readonly string[]): Promise<OutgoingAttachment[]> {
  if (parts.length === 0) return [];
  const nodes = await withMessage(account, ref, async (context) => {
    const { bodyStructure } = await fetchMessage(context, { uid: true, bodyStructure: true });
    const tree = bodyStructure ? numberParts(bodyStructure) : undefined;
    return parts.map((part) => {
      const node = tree ? findPart(tree, part) : undefined;
      if (!node) throw new AppError('BAD_REQUEST', `forwardParts: the message has no part ${part}`);
      return { part, filename: filenameOf(node), contentType: contentTypeOf(node) };
    });
  });
  return nodes.map(({ part, filename, contentType }) => ({
    filename,
    contentType,
    content: whenRead(async () => {
      const download = await downloadPart(account, ref, part, null);
      if (download.kind !== 'body' || !download.body) throw new AppError('NOT_FOUND', 'A forwarded attachment is gone.');
      return Readable.fromWeb(download.body as NodeWebStream<Uint8Array>);
    }),
  }));
}

/** A stream that opens its source on the first read, not before. */
function whenRead(open: () => Promise<Readable>): Readable {
  const out = new PassThrough();
  let opened = false;
  const read = out._read.bind(out);
  out._read = (size: number) => {
    if (!opened) {
      opened = true;
      open().then(
        (source) => {
          source.on('error', (error) => out.destroy(error));
          source.pipe(out);
        },
        (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    }
    read(size);
  };
  return out;
}
