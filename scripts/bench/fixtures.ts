import type { ImapFlow, MessageStructureObject } from 'imapflow';
import { mailboxId, messageId } from '../../lib/ids';
import { chooseBody } from '../../lib/mime/choose-body';
import { flattenParts } from '../../lib/mime/part-tree';
import type { MessagesResponse } from '../../lib/schemas/message-list';
import type { AppClient } from './app-client';
import { uidSortByDateDesc } from './floor/commands';

/** One message as both sides address it: the app by opaque id, the floor by UID and part. */
export interface MessageTarget {
  uid: number;
  id: string;
  /** The part the reading pane shows (the app's own rule, lib/mime/choose-body.ts, which is pure). */
  displayPart: string;
}

export interface Fixtures {
  inboxId: string;
  /** INBOX in list order (date, newest first), sorted once by the floor. */
  sorted: number[];
  newest: MessageTarget;
  /** Seed index 999: the 20 MiB PNG (scripts/seed/plan.ts). */
  large: MessageTarget & { attachmentPart: string; attachmentBytes: number };
  /** The app's cursor for the page that starts 1,000 rows deep. */
  deepCursor: string;
}

export const DEEP_OFFSET = 1000;
const TWENTY_MIB = 20 * 1024 * 1024;

/** Finds what the operations address; the floor client must have INBOX selected. */
export async function discover(app: AppClient, floor: ImapFlow): Promise<Fixtures> {
  const mailbox = floor.mailbox || null;
  if (mailbox?.path !== 'INBOX') throw new Error('the floor client must have INBOX selected');
  const uidValidity = Number(mailbox.uidValidity);
  const sorted = await uidSortByDateDesc(floor);
  const target = async (uid: number) => {
    const message = (await floor.fetchOne(String(uid), { uid: true, bodyStructure: true }, { uid: true })) || null;
    if (!message?.bodyStructure) throw new Error(`INBOX UID ${uid} has no BODYSTRUCTURE`);
    const displayPart = chooseBody(flattenParts(message.bodyStructure))?.part;
    if (!displayPart) throw new Error(`INBOX UID ${uid} has nothing to display`);
    return { uid, id: messageId({ path: 'INBOX', uidValidity, uid }), displayPart, structure: message.bodyStructure };
  };
  const newest = await target(sorted[0] ?? 0);
  const { structure, ...large } = await target(sorted[999] ?? 0);
  // BODYSTRUCTURE gives the encoded size: base64 of 20 MiB is about 27 MiB.
  const png = findLeaf(structure, (node) => node.type === 'image/png' && (node.size ?? 0) > TWENTY_MIB);
  if (!png?.part) throw new Error('INBOX seed index 999 is not the 20 MiB attachment: reseed the bench user');
  return {
    inboxId: mailboxId('INBOX'),
    sorted,
    newest: { uid: newest.uid, id: newest.id, displayPart: newest.displayPart },
    large: { ...large, attachmentPart: png.part, attachmentBytes: TWENTY_MIB },
    deepCursor: await cursorAt(app, mailboxId('INBOX'), DEEP_OFFSET),
  };
}

function findLeaf(node: MessageStructureObject, match: (n: MessageStructureObject) => boolean): MessageStructureObject | null {
  if (!node.childNodes?.length) return match(node) ? node : null;
  for (const child of node.childNodes) {
    const found = findLeaf(child, match);
    if (found) return found;
  }
  return null;
}

/** Pages through the API (200 rows a request) until the cursor that starts at `offset`. */
async function cursorAt(app: AppClient, inboxId: string, offset: number): Promise<string> {
  let cursor: string | null = null;
  for (let position = 0; position < offset; position += 200) {
    const query = new URLSearchParams({ limit: '200', sort: 'date', order: 'desc', ...(cursor ? { cursor } : {}) });
    const page: MessagesResponse = await app.json('GET', `/api/mailboxes/${inboxId}/messages?${query}`);
    cursor = page.nextCursor;
    if (!cursor) throw new Error(`INBOX has fewer than ${offset} messages`);
  }
  return cursor as string;
}
