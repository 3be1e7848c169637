import 'server-only';
import type { FetchMessageObject, ImapFlow, MessageAddressObject, MessageStructureObject } from 'imapflow';
import { messageId } from '@/lib/ids';
import { clipText } from '@/lib/mime/clip-text';
import { hasAttachments } from '@/lib/mime/has-attachments';
import type { Address, MessageSummary } from '@/lib/schemas/messages';
import type { SequenceWindow } from './arrival-window';
import type { Features } from './capabilities';
import { fetchPreviews } from './fetch-previews';

/** The rows to fetch: UIDs in list order, or a run of sequence numbers (arrival order). */
export type ListWindow = { uids: number[] } | { sequence: SequenceWindow; descending: boolean };

/**
 * One FETCH for the window: ENVELOPE, FLAGS, RFC822.SIZE, INTERNALDATE and BODYSTRUCTURE,
 * never a body; then the previews (fetch-previews.ts). Returned in list order (FETCH
 * answers in mailbox order); a UID expunged meanwhile is simply absent.
 */
export async function fetchSummaries(
  client: ImapFlow,
  features: Features,
  path: string,
  uidValidity: number,
  window: ListWindow,
): Promise<MessageSummary[]> {
  const byUid = new Map<number, MessageSummary>();
  const structures = new Map<number, MessageStructureObject | undefined>();
  const query = { uid: true, envelope: true, flags: true, size: true, internalDate: true, bodyStructure: true };
  const [range, options] =
    'uids' in window ? [window.uids.join(','), { uid: true }] : [`${window.sequence.from}:${window.sequence.to}`, { uid: false }];
  if (range === '') return [];
  const fetched: number[] = [];
  for await (const message of client.fetch(range, query, options)) {
    byUid.set(message.uid, toSummary(message, path, uidValidity));
    structures.set(message.uid, message.bodyStructure);
    fetched.push(message.uid);
  }
  const previews = await fetchPreviews(client, features, structures);
  const order =
    'uids' in window ? window.uids : window.descending ? fetched.sort((a, b) => b - a) : fetched.sort((a, b) => a - b);
  return order.flatMap((uid) => {
    const summary = byUid.get(uid);
    return summary ? [{ ...summary, preview: previews.get(uid) ?? null }] : [];
  });
}

function toSummary(message: FetchMessageObject, path: string, uidValidity: number): MessageSummary {
  const envelope = message.envelope;
  const date = validDate(envelope?.date) ?? validDate(message.internalDate) ?? new Date(0);
  return {
    id: messageId({ path, uidValidity, uid: message.uid }),
    uid: message.uid,
    subject: clipText(envelope?.subject ?? ''),
    from: addresses(envelope?.from),
    to: addresses(envelope?.to),
    cc: addresses(envelope?.cc),
    date: date.toISOString(),
    flags: [...(message.flags ?? [])],
    size: message.size ?? 0,
    hasAttachments: hasAttachments(message.bodyStructure),
    preview: null,
  };
}

function addresses(list: MessageAddressObject[] | undefined): Address[] {
  return (list ?? []).map(({ name, address }) => ({ name: name ?? '', address: address ?? '' }));
}

function validDate(value: Date | string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
