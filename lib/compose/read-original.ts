import 'server-only';
import PostalMime from 'postal-mime';
import type { MessageRef } from '@/lib/ids';
import { RAW_HEADER_BYTES } from '@/lib/imap/commands/read-headers';
import { fetchMessage, withMessage } from '@/lib/imap/connection/with-message';
import type { Account } from '@/lib/session/account';

/** What a reply or a forward takes from the message it answers. */
export interface Original {
  messageId: string | null;
  inReplyTo: string | null;
  references: string | null;
  subject: string;
}

/**
 * The threading fields of the message a reply answers (RFC 5322 §3.6.4), from the first
 * RAW_HEADER_BYTES of its raw header, parsed here: never a HEADER.FIELDS, which Dovecot 2.3
 * answers by panicking over a header line of ~10 MB (read-headers.ts). A References field cut
 * off by that bound only shortens the thread chain; the Message-ID comes first in practice.
 */
export function readOriginal(account: Account, ref: MessageRef): Promise<Original> {
  return withMessage(
    account,
    ref,
    async (context) => {
      const message = await fetchMessage(context, {
        uid: true,
        bodyParts: [{ key: 'HEADER', start: 0, maxLength: RAW_HEADER_BYTES }],
      });
      // imapflow files a HEADER section under `headers`, partial or not (read-headers.ts).
      const header = message.headers ?? Buffer.alloc(0);
      const parsed = await PostalMime.parse(Buffer.concat([header, Buffer.from('\r\n\r\n')]));
      return {
        messageId: parsed.messageId ?? null,
        inReplyTo: parsed.inReplyTo ?? null,
        references: parsed.references ?? null,
        subject: parsed.subject ?? '',
      };
    },
    { verify: false },
  );
}
