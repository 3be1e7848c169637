'use client';

import { useSyncExternalStore } from 'react';

/** How a message is answered: a reply, to all, a forward inline, or a forward of the whole message as an attachment. */
export type AnswerKind = 'reply' | 'reply-all' | 'forward' | 'forward-attachment';

/** What a compose view starts from: nothing, a message answered or forwarded, or a draft in Drafts. */
export type ComposeStart = { kind: 'new' } | { kind: AnswerKind; messageId: string } | { kind: 'draft'; draftId: string };

export interface ComposeSession {
  /** A new id per opening: the panel is keyed by it, so a new start never inherits the last one's state. */
  id: number;
  start: ComposeStart;
}

/**
 * The one compose view open, as Gmail's single compose window on a phone: opening another
 * replaces it (the panel saves its draft as it unmounts, so nothing is lost). Kept outside
 * React so the top bar, the reading pane, shortcuts and the Undo of a send can all open it.
 */
let session: ComposeSession | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: ComposeSession | null) {
  session = next;
  for (const listener of listeners) listener();
}

export function openCompose(start: ComposeStart): void {
  publish({ id: nextId++, start });
}

/** Closes the view, or only session `id` if a newer one has replaced it meanwhile. */
export function closeCompose(id?: number): void {
  if (session && (id === undefined || session.id === id)) publish(null);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useComposeSession(): ComposeSession | null {
  return useSyncExternalStore(
    subscribe,
    () => session,
    () => null,
  );
}
