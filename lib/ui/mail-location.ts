import { PART_NUMBER, SORT_KEYS, SORT_ORDERS, type SortKey, type SortOrder } from '@/lib/schemas/values';

/**
 * Where the user is in /mail, read from and written to the URL, so reload and back/forward
 * restore the folder, the open message and the sort. Pure, so it is unit-tested.
 */
export interface ListSort {
  sort: SortKey;
  order: SortOrder;
  /** A search shown instead of the folder's list (issue 15): the URL carries it, so Back, Forward and reload keep it. */
  search?: ListSearch;
}

export interface ListSearch {
  q: string;
  /** Every folder but Trash and Junk (`scope=all`), rather than the folder in the path. */
  everywhere: boolean;
}

export const DEFAULT_SORT: ListSort = { sort: 'date', order: 'desc' };

/** The `mailboxId` of a search across every folder (lib/schemas/search.ts ALL_FOLDERS, without zod). */
export const ALL_FOLDERS_ID = '*';

/** One list request fills about five screens of 56 px rows, small enough to answer quickly from a remote server. */
export const MESSAGES_PAGE_SIZE = 50;

export function parseListSort(params: Pick<URLSearchParams, 'get'>): ListSort {
  const sort = SORT_KEYS.find((key) => key === params.get('sort')) ?? DEFAULT_SORT.sort;
  const order = SORT_ORDERS.find((key) => key === params.get('order')) ?? DEFAULT_SORT.order;
  const search = parseListSearch(params);
  return search ? { sort, order, search } : { sort, order };
}

/** The search a URL carries (`q`, and `scope=all`), or undefined for a folder's plain list. */
export function parseListSearch(params: Pick<URLSearchParams, 'get'>): ListSearch | undefined {
  const q = params.get('q')?.trim();
  return q ? { q, everywhere: params.get('scope') === 'all' } : undefined;
}

/** The query string a list URL carries: a search, and a sort that differs from the default; never the phone's folder pane. */
export function listSearch({ sort, order, search }: ListSort): string {
  const params = new URLSearchParams();
  if (search) params.set('q', search.q);
  if (search?.everywhere) params.set('scope', 'all');
  if (sort !== DEFAULT_SORT.sort || order !== DEFAULT_SORT.order) {
    params.set('sort', sort);
    params.set('order', order);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function listHref(mailboxId: string, sort: ListSort = DEFAULT_SORT): string {
  return `/mail/${mailboxId}${listSearch(sort)}`;
}

export function messageHref(mailboxId: string, messageId: string, sort: ListSort = DEFAULT_SORT): string {
  return `/mail/${mailboxId}/${messageId}${listSearch(sort)}`;
}

/** The mailbox id of a /mail/<mailboxId>[/<messageId>] path, or null elsewhere. */
export function mailboxIdFromPath(pathname: string): string | null {
  const match = /^\/mail\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(pathname);
  return match?.[1] ?? null;
}

/** The message id of a /mail/<mailboxId>/<messageId> path, or null on a folder's list. */
export function messageIdFromPath(pathname: string): string | null {
  const match = /^\/mail\/[A-Za-z0-9_-]+\/([A-Za-z0-9_-]+)\/?$/.exec(pathname);
  return match?.[1] ?? null;
}

/** The attached message (message/rfc822 part) open inside the message, or null for the message itself (or a `part` that is no part number). */
export function parseAttachedPart(params: Pick<URLSearchParams, 'get'>): string | null {
  const part = params.get('part');
  return part && PART_NUMBER.test(part) ? part : null;
}

/** A message attached to another, shown in the same place as its parent with `part` added. */
export function attachedMessageHref(mailboxId: string, messageId: string, part: string, sort: ListSort = DEFAULT_SORT): string {
  const search = new URLSearchParams(listSearch(sort));
  search.set('part', part);
  return `/mail/${mailboxId}/${messageId}?${search}`;
}
