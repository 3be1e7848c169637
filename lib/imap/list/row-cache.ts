import 'server-only';
import { LRUCache } from 'lru-cache';
import type { MessageSummary } from '@/lib/schemas/message-list';

/** A list row without its flags: everything in it is fixed for the life of the UID. */
export type CachedRow = Omit<MessageSummary, 'flags'>;

/** Whose rows, in which mailbox incarnation: a row belongs to one user's view of one UIDVALIDITY. */
export interface RowScope {
  host: string;
  port: number;
  user: string;
  path: string;
  uidValidity: number;
}

/** Enough for the first pages of a hundred busy users' folders (~1 KiB a row), bounded whatever arrives. */
const MAX_BYTES = 48 * 1024 * 1024;

const holder = globalThis as typeof globalThis & { __letterboxRowCache?: LRUCache<string, CachedRow> };

/**
 * The parts of list rows that never change, so a page seen before costs one `FETCH (FLAGS)`
 * instead of re-reading and re-parsing ENVELOPE, BODYSTRUCTURE and PREVIEW. A message's
 * content is immutable and a UID never names another message while UIDVALIDITY holds (RFC
 * 3501 §2.3.1.1, §2.3.4); flags are not, and are always fetched. A row is only served after
 * that FETCH found its UID on the caller's own connection, so an expunged message or a
 * mailbox the user lost access to never shows from here. On globalThis: route bundles can
 * load this module twice (see ../../shared/STACK.md trap 4).
 */
function cache(): LRUCache<string, CachedRow> {
  holder.__letterboxRowCache ??= new LRUCache<string, CachedRow>({ maxSize: MAX_BYTES, sizeCalculation: rowBytes });
  return holder.__letterboxRowCache;
}

function key(scope: RowScope, uid: number): string {
  return JSON.stringify([scope.host.toLowerCase(), scope.port, scope.user, scope.path, scope.uidValidity, uid]);
}

export function cachedRow(scope: RowScope, uid: number): CachedRow | undefined {
  return cache().get(key(scope, uid));
}

export function storeRow(scope: RowScope, row: CachedRow): void {
  cache().set(key(scope, row.uid), row);
}

/** Approximate heap bytes: UTF-16 strings plus a fixed cost per object, enough to bound the total. */
function rowBytes(row: CachedRow): number {
  let chars = row.id.length + row.subject.length + row.date.length + (row.preview?.length ?? 0);
  for (const address of [...row.from, ...row.to, ...row.cc]) chars += address.name.length + address.address.length + 32;
  for (const header of row.malformed ?? []) chars += header.text.length + header.addresses.join('').length + 64;
  return 2 * chars + 256;
}
