'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { describeApiError } from '@/lib/client/api-error';
import { queryKeys } from '@/lib/client/query-keys';
import { sendWithUndo } from '@/lib/client/send-with-undo';
import type { DraftRequest } from '@/lib/schemas/compose';

interface SendDeps {
  /** Stops autosaving and resolves with the id of the last draft saved (the send replaces it). */
  settle: () => Promise<string | undefined>;
  /** Saves the draft again after a failed send: nothing the user wrote is lost. */
  flush: () => Promise<string | undefined>;
  onSent: () => void;
}

/**
 * The Send button: once per compose view (an idempotency key, so a double click or a retried
 * request sends once, lib/compose/send-guard.ts), with the draft it replaces; on failure the
 * view stays open with the reason and the draft saved.
 */
export function useComposeSend({ settle, flush, onSent }: SendDeps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const key = useRef(crypto.randomUUID()).current;
  const queryClient = useQueryClient();

  const send = async (message: DraftRequest) => {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const draftId = await settle();
      await sendWithUndo({ ...message, draftId, idempotencyKey: key });
      // Sent and Drafts changed: lists not on screen are read afresh when next opened.
      void queryClient.invalidateQueries({ queryKey: queryKeys.messages.all(), refetchType: 'none' });
      onSent();
    } catch (failure) {
      setError(describeApiError(failure, { serverWords: true }));
      void flush();
    } finally {
      setPending(false);
    }
  };
  return { send, pending, error, setError };
}
