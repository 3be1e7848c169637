import 'server-only';
import type { FetchMessageObject, ImapFlow, MessageStructureObject } from 'imapflow';
import { messageId } from '@/lib/ids';
import type { SequenceWindow } from '@/lib/imap/commands/arrival-window';
import { readHeaders } from '@/lib/imap/commands/read-headers';
import { uidSet } from '@/lib/imap/commands/uid-set';
import type { Features } from '@/lib/imap/connection/capabilities';
import { hasAttachments } from '@/lib/mime/has-attachments';
import type { HeaderFields } from '@/lib/mime/header-fields';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { fetchPreviews } from './fetch-previews';
import { type CachedRow, cachedRow, type RowScope, storeRow } from './row-cache';
import { storedFlags } from './stored-flags';

/** The rows to fetch: UIDs in list order, or a run of sequence numbers (arrival order). */
export type ListWindow = { uids: number[] } | { sequence: SequenceWindow; descending: boolean };

const ROW_QUERY = { uid: true, flags: true, size: true, internalDate: true, bodyStructure: true };
const FLAGS_QUERY = { uid: true, flags: true };

/** A row's flags as read now, with their MODSEQ where CONDSTORE is enabled (RFC 7162 §3.1.4). */
interface CurrentFlags {
  flags: string[];
  modseq?: string;
}

/** MODSEQ rides along with FLAGS where the session enabled CONDSTORE, so live events can tell stale from new. */
const withModseq = <Query extends object>(client: ImapFlow, query: Query) =>
  client.enabled.has('CONDSTORE') ? { ...query, modseq: true } : query;

function currentFlags(message: FetchMessageObject): CurrentFlags {
  const flags = storedFlags(message.flags);
  return message.modseq ? { flags, modseq: String(message.modseq) } : { flags };
}

/**
 * The window's rows in list order; a UID expunged meanwhile is simply absent. Rows seen before
 * come from row-cache.ts with their flags fetched fresh (`UID FETCH … (FLAGS)`); the rest are read
 * in full: one FETCH of FLAGS, RFC822.SIZE, INTERNALDATE and BODYSTRUCTURE (never a body), their
 * header fields (read-headers.ts) and previews (fetch-previews.ts). An arrival-order window names
 * sequence numbers, so its UIDs and flags come first and only the unseen rows are read in full.
 */
export async function fetchSummaries(
  client: ImapFlow,
  features: Features,
  scope: RowScope,
  window: ListWindow,
): Promise<MessageSummary[]> {
  const flags = new Map<number, CurrentFlags>();
  let known: Map<number, CachedRow>;
  let wanted: number[];
  if ('uids' in window) {
    wanted = window.uids;
    known = cachedRows(scope, wanted);
    await fetchFlags(client, uidSet([...known.keys()]), { uid: true }, flags);
  } else {
    const { from, to } = window.sequence;
    await fetchFlags(client, `${from}:${to}`, { uid: false }, flags);
    wanted = [...flags.keys()].sort((a, b) => (window.descending ? b - a : a - b));
    known = cachedRows(scope, wanted);
  }
  const misses = wanted.filter((uid) => !known.has(uid));
  for (const row of await readRows(client, features, scope, misses)) {
    storeRow(scope, row.cached);
    known.set(row.cached.uid, row.cached);
    flags.set(row.cached.uid, row.flags);
  }
  return wanted.flatMap((uid) => {
    const row = known.get(uid);
    const current = flags.get(uid);
    // No flags: expunged since the window was chosen (the FETCH left it out).
    return row && current ? [{ ...row, ...current }] : [];
  });
}

function cachedRows(scope: RowScope, uids: number[]): Map<number, CachedRow> {
  const known = new Map<number, CachedRow>();
  for (const uid of uids) {
    const row = cachedRow(scope, uid);
    if (row) known.set(uid, row);
  }
  return known;
}

async function fetchFlags(client: ImapFlow, range: string, options: { uid: boolean }, into: Map<number, CurrentFlags>) {
  if (range === '') return;
  for await (const message of client.fetch(range, withModseq(client, FLAGS_QUERY), options))
    into.set(message.uid, currentFlags(message));
}

/** Rows never seen before, read in full: the FETCH, the header fields, the previews. */
async function readRows(client: ImapFlow, features: Features, scope: RowScope, uids: number[]) {
  if (uids.length === 0) return [];
  const rows = new Map<number, FetchMessageObject>();
  for await (const message of client.fetch(uidSet(uids), withModseq(client, ROW_QUERY), { uid: true })) {
    // An untagged FETCH of another session's flag change carries the UID too (QRESYNC, RFC 7162
    // §3.2.4) and comes through this loop: only the answer with RFC822.SIZE is the row's (not
    // BODYSTRUCTURE: Dovecot leaves it out of a message nested too deep, which still lists).
    if (message.size !== undefined) rows.set(message.uid, message);
  }
  const read = await readHeaders(client, [...rows.values()], { listUnsubscribe: false });
  const structures = new Map<number, MessageStructureObject | undefined>();
  for (const [uid, message] of rows) structures.set(uid, message.bodyStructure);
  const previews = await fetchPreviews(client, features, structures);
  return [...rows.values()].flatMap((message) => {
    const fields = read.get(message.uid)?.fields;
    // Expunged between the two FETCHes: gone like any other expunged row.
    if (!fields) return [];
    const cached = { ...toRow(message, fields, scope), preview: previews.get(message.uid) ?? null };
    return [{ cached, flags: currentFlags(message) }];
  });
}

function toRow(message: FetchMessageObject, fields: HeaderFields, { path, uidValidity }: RowScope): CachedRow {
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
    size: message.size ?? 0,
    hasAttachments: hasAttachments(message.bodyStructure),
    preview: null,
  };
}
