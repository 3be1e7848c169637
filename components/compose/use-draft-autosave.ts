'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { describeApiError } from '@/lib/client/api-error';
import { composeApi } from '@/lib/client/compose-api';
import type { DraftRequest } from '@/lib/schemas/compose';

/** A few seconds after typing stops, as Gmail: often enough to lose little, rarely enough not to pile up APPENDs. */
export const AUTOSAVE_MS = 2_000;

export type SaveStatus = { state: 'idle' | 'saving' | 'saved' } | { state: 'failed'; error: string };

/**
 * Keeps the draft in the Drafts folder while the user writes: saved AUTOSAVE_MS after the last
 * change, each save replacing the version before (PUT /api/drafts with its draftId: never a
 * pile of copies). One save at a time; changes made during one are saved after it. `content`
 * is null until the user has changed something, so opening and closing an empty compose
 * view stores nothing. `flush` saves now and resolves with the draft's id (for send and close).
 */
export function useDraftAutosave(content: DraftRequest | null, initialDraftId?: string) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [draftId, setDraftId] = useState(initialDraftId);
  const state = useRef({ draftId: initialDraftId, saved: content, latest: content, running: null as Promise<void> | null });
  state.current.latest = content;

  const saveLatest = useCallback(async (): Promise<void> => {
    const current = state.current;
    if (current.running) return current.running.then(saveLatest);
    const body = current.latest;
    if (body === null || body === current.saved) return;
    setStatus({ state: 'saving' });
    const run = composeApi
      .saveDraft({ ...body, draftId: current.draftId })
      .then(({ draftId: saved }) => {
        current.draftId = saved ?? undefined;
        current.saved = body;
        setDraftId(saved ?? undefined);
        setStatus({ state: 'saved' });
      })
      .catch((error: unknown) => setStatus({ state: 'failed', error: describeApiError(error) }))
      .finally(() => {
        current.running = null;
      });
    current.running = run;
    await run;
    // Typed on during the save: that is saved too, without waiting for another pause.
    if (current.latest !== body && current.latest !== null) await saveLatest();
  }, []);

  useEffect(() => {
    if (content === null) return;
    const timer = setTimeout(() => void saveLatest(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [content, saveLatest]);

  // Closed by navigation with unsaved words: the request outlives the page (keepalive).
  useEffect(
    () => () => {
      const current = state.current;
      if (current.latest === null || current.latest === current.saved || current.running) return;
      void composeApi.saveDraft({ ...current.latest, draftId: current.draftId }, { keepalive: true }).catch(() => undefined);
    },
    [],
  );

  const flush = useCallback(async (): Promise<string | undefined> => {
    await saveLatest();
    return state.current.draftId;
  }, [saveLatest]);

  /**
   * Stops saving what is there now (it is being sent, or discarded) and resolves with the id of
   * the last version saved, once a save in flight has finished: the send replaces that draft.
   */
  const settle = useCallback(async (): Promise<string | undefined> => {
    state.current.saved = state.current.latest;
    while (state.current.running) await state.current.running;
    return state.current.draftId;
  }, []);

  return { draftId, status, flush, settle };
}
