'use client';

import { useMemo } from 'react';
import { type UrlParts, useUrlValue } from '@/lib/client/url-store';
import {
  type ListSort,
  mailboxIdFromPath,
  messageIdFromPath,
  parseAttachedPart,
  parseListSearch,
  parseListSort,
} from '@/lib/ui/mail-location';

// Readers for useUrlValue: each returns a primitive, so a reader re-renders only when its own value changes.
const params = (url: UrlParts) => new URLSearchParams(url.search);
const openMailbox = (url: UrlParts) => mailboxIdFromPath(url.pathname);
const openMessage = (url: UrlParts) => messageIdFromPath(url.pathname);
const sortKey = (url: UrlParts) => parseListSort(params(url)).sort;
const sortOrder = (url: UrlParts) => parseListSort(params(url)).order;
const attachedPart = (url: UrlParts) => parseAttachedPart(params(url));
const searchQuery = (url: UrlParts) => parseListSearch(params(url))?.q ?? null;
const searchScope = (url: UrlParts) => (parseListSearch(params(url))?.everywhere ? 'all' : null);

/** The folder the URL names, or null outside /mail/<mailboxId>. */
export function useUrlMailboxId(): string | null {
  return useUrlValue(openMailbox);
}

/** The open message the URL names, or null on a folder's list. */
export function useUrlMessageId(): string | null {
  return useUrlValue(openMessage);
}

/** The attached message (message/rfc822 part) the URL shows inside the open one, or null. */
export function useUrlAttachedPart(): string | null {
  return useUrlValue(attachedPart);
}

/** The list's order, and the search shown instead of the folder's list, if any. */
export function useUrlSort(): ListSort {
  const sort = useUrlValue(sortKey);
  const order = useUrlValue(sortOrder);
  const q = useUrlValue(searchQuery);
  const scope = useUrlValue(searchScope);
  return useMemo(
    () => (q === null ? { sort, order } : { sort, order, search: { q, everywhere: scope === 'all' } }),
    [sort, order, q, scope],
  );
}
