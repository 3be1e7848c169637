import 'server-only';
import type { FetchMessageObject, ImapFlow, MessageStructureObject } from 'imapflow';
import { messageId } from '@/lib/ids';
import type { SequenceWindow } from '@/lib/imap/commands/arrival-window';
import { readHeaders } from '@/lib/imap/commands/read-headers';
import type { Features } from '@/lib/imap/connection/capabilities';
import { hasAttachments } from '@/lib/mime/has-attachments';
import type { HeaderFields } from '@/lib/mime/header-fields';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { fetchPreviews } from './fetch-previews';

/** The rows to fetch: UIDs in list order, or a run of sequence numbers (arrival order). */
export type ListWindow = { uids: number[] } | { sequence: SequenceWindow; descending: boolean };

const ROW_QUERY = { uid: true, flags: true, size: true, internalDate: true, bodyStructure: true };

/**
 * One FETCH for the window (FLAGS, RFC822.SIZE, INTERNALDATE, BODYSTRUCTURE), never a body;
 * then the header fields, by ENVELOPE unless the sizes leave room for a huge header
 * (read-headers.ts); then the previews (fetch-previews.ts). Returned in list order (FETCH
 * answers in mailbox order); a UID expunged meanwhile is simply absent.
 */
export async function fetchSummaries(
  client: ImapFlow,
  features: Features,
  path: string,
  uidValidity: number,
  window: ListWindow,
): Promise<MessageSummary[]> {
  const rows = new Map<number, FetchMessageObject>();
  const [range, fetchOptions] =
    'uids' in window ? [window.uids.join(','), { uid: true }] : [`${window.sequence.from}:${window.sequence.to}`, { uid: false }];
  if (range === '') return [];
  for await (const message of client.fetch(range, ROW_QUERY, fetchOptions)) rows.set(message.uid, message);

  const headers = await readRowHeaders(client, rows);
  const structures = new Map<number, MessageStructureObject | undefined>();
  for (const [uid, message] of rows) structures.set(uid, message.bodyStructure);
  const previews = await fetchPreviews(client, features, structures);

  const fetched = [...rows.keys()];
  const order =
    'uids' in window ? window.uids : window.descending ? fetched.sort((a, b) => b - a) : fetched.sort((a, b) => a - b);
  return order.flatMap((uid) => {
    const message = rows.get(uid);
    if (!message) return [];
    const fields = headers.get(uid);
    // Expunged between the two FETCHes: gone like any other expunged row.
    if (!fields) return [];
    return [{ ...toSummary(message, fields, path, uidValidity), preview: previews.get(uid) ?? null }];
  });
}

async function readRowHeaders(client: ImapFlow, rows: Map<number, FetchMessageObject>): Promise<Map<number, HeaderFields>> {
  const read = await readHeaders(client, [...rows.values()], { listUnsubscribe: false });
  return new Map([...read].map(([uid, { fields }]) => [uid, fields]));
}

function toSummary(message: FetchMessageObject, fields: HeaderFields, path: string, uidValidity: number): MessageSummary {
  return {
    id: messageId({ path, uidValidity, uid: message.uid }),
    uid: message.uid,
    subject: fields.subject,
    from: fields.from,
    to: fields.to,
    cc: fields.cc,
    recipientsOmitted: fields.recipientsOmitted,
    ...(fields.malformed ? { malformed: fields.malformed } : {}),
    date: fields.date,
    flags: [...(message.flags ?? [])],
    size: message.size ?? 0,
    hasAttachments: hasAttachments(message.bodyStructure),
    preview: null,
  };
}
