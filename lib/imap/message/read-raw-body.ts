import 'server-only';
import type { ImapFlow } from 'imapflow';
import { sanitizeMail } from '@/lib/html/sanitize-mail';
import { messageGone } from '@/lib/imap/connection/with-message';
import { parseRawBody } from '@/lib/mime/parse-raw-body';
import type { BodyNote, MessageBody } from '@/lib/schemas/message-view';

/** The most of a message read whole to find its text when the server could not list its parts. */
export const RAW_SOURCE_LIMIT = 1024 * 1024;

/** Where the shown message is, whole: the message itself (null), or an attached message's part number. */
export interface RawSource {
  section: string | null;
  size: number;
}

/**
 * The body of a message whose BODYSTRUCTURE has no part to show although it may have text:
 * Dovecot lists at most 100 levels of nesting and imapflow's parser drops a BODYSTRUCTURE
 * nested deeper than 100 parentheses, so a multipart nested hundreds of levels deep arrives
 * without parts. Up to RAW_SOURCE_LIMIT the whole message is read (BODY.PEEK[], or BODY.PEEK[P]
 * for an attached message, RFC 3501 §6.4.5) and parsed here, depth-bounded (parse-raw-body.ts);
 * beyond it, or too deep even for that, a note says why nothing is shown.
 */
export async function readRawBody(
  client: ImapFlow,
  uid: number,
  source: RawSource,
  cidUrl: (contentId: string) => string | null,
  allowRemote: boolean,
  notes: BodyNote[],
): Promise<MessageBody> {
  const none = (reason: 'too-large' | 'too-deep' | 'unreadable'): MessageBody => ({
    kind: 'none',
    part: null,
    content: '',
    truncated: false,
    remoteBlocked: 0,
    notes: [{ code: 'structure-unparsed', args: { reason, limitBytes: RAW_SOURCE_LIMIT } }, ...notes],
  });
  if (source.size > RAW_SOURCE_LIMIT) return none('too-large');
  const bytes = await fetchWhole(client, uid, source.section);
  const parsed = await parseRawBody(bytes);
  if (!parsed.ok) return none(parsed.reason === 'too-deep' ? 'too-deep' : 'unreadable');
  const read: BodyNote[] = [{ code: 'structure-read-raw' }, ...notes];
  if (parsed.kind === 'html') {
    const { html, remoteBlocked } = sanitizeMail(parsed.content, cidUrl, { allowRemote });
    return { kind: 'html', part: null, content: html, truncated: false, remoteBlocked, notes: read };
  }
  return { kind: parsed.kind, part: null, content: parsed.content, truncated: false, remoteBlocked: 0, notes: read };
}

async function fetchWhole(client: ImapFlow, uid: number, section: string | null): Promise<Buffer> {
  const query = section === null ? { uid: true, source: true } : { uid: true, bodyParts: [section] };
  const message = await client.fetchOne(String(uid), query, { uid: true });
  if (!message) throw messageGone();
  return (section === null ? message.source : message.bodyParts?.get(section)) ?? Buffer.alloc(0);
}
