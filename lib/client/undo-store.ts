'use client';

import { useSyncExternalStore } from 'react';

/**
 * The one change that can be undone right now ("Archived 3 messages · Undo"), as Gmail
 * keeps it: a newer change replaces it, and it lapses after about ten seconds. Only what
 * the toast needs lives here; the undo itself is a plain operation run by the executor.
 */
export interface UndoOffer {
  id: number;
  text: string;
  /** Absent for a notice that only says what happened ("Message sent"). */
  undo?: () => void;
  /** How long it is offered; the toast's default otherwise. */
  ms?: number;
  /** The button's word, when it does something other than undo ("Open"). */
  action?: string;
}

let offer: UndoOffer | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: UndoOffer | null) {
  offer = next;
  for (const listener of listeners) listener();
}

export function offerUndo(text: string, undo: () => void, ms?: number, action?: string): number {
  const id = nextId++;
  publish({ id, text, undo, ms, action });
  return id;
}

/** Says what happened in the same place, without an Undo (a newer offer replaces it as well). */
export function notify(text: string): void {
  publish({ id: nextId++, text });
}

/** Whether offer `id` is still the one shown. */
export function isOffered(id: number): boolean {
  return offer?.id === id;
}

/** Withdraws the offer, or only `id` if a newer one has replaced it meanwhile. */
export function dismissUndo(id?: number): void {
  if (offer && (id === undefined || offer.id === id)) publish(null);
}

/**
 * Runs the offer's action once: the toast's button always, `z` (`onlyUndo`) only when it is an
 * Undo and not another action such as Open. False when there is none to run.
 */
export function runUndo(onlyUndo = false): boolean {
  const current = offer;
  if (!current?.undo || (onlyUndo && current.action)) return false;
  publish(null);
  current.undo();
  return true;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUndoOffer(): UndoOffer | null {
  return useSyncExternalStore(
    subscribe,
    () => offer,
    () => null,
  );
}
