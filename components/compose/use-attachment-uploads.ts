'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeApiError } from '@/lib/client/api-error';
import { removeAttachment, uploadAttachment } from '@/lib/client/upload-attachment';
import type { StagedAttachment } from '@/lib/schemas/attachments';

export interface ComposeAttachment {
  key: string;
  filename: string;
  size: number;
  contentType: string;
  status: 'uploading' | 'done' | 'failed';
  sentBytes: number;
  stagedId?: string;
  /** A sentence for the user, from describeApiError (the server's own, naming the size limit, for a file too large). */
  error?: string;
}

/** Enough to keep the connection busy; more would only split the same bandwidth and delay the first file. */
const MAX_CONCURRENT = 3;

/** What the hook keeps outside React state: the file to (re)send, and the upload's controller while it runs. */
interface Entry {
  file?: File;
  stagedId?: string;
  controller?: AbortController;
}

/** Not an ApiError's code, so not in describe-error.ts: the view went away mid-upload (a hidden Activity, Fast Refresh). */
const STOPPED = 'The upload was stopped before it finished.';

let lastKey = 0;
const nextKey = () => `upload-${++lastKey}`;
const stagedKey = (id: string) => `staged-${id}`;
const stagedItem = (staged: StagedAttachment): ComposeAttachment => ({
  key: stagedKey(staged.id),
  ...staged,
  status: 'done',
  sentBytes: staged.size,
  stagedId: staged.id,
});

/**
 * The compose view's attachments: files the draft already had, plus files being staged, at most
 * three at once. Progress reaches React once per animation frame, not per XHR progress event.
 */
export function useAttachmentUploads(initial: StagedAttachment[]) {
  const [items, setItems] = useState(() => initial.map(stagedItem));
  // One mutable store for the life of the component (a lazy state, never set): entries, queue, pending progress.
  const [store] = useState(() => ({
    entries: new Map<string, Entry>(initial.map((staged) => [stagedKey(staged.id), { stagedId: staged.id }])),
    queue: [] as string[],
    running: 0,
    progress: new Map<string, number>(),
    frame: 0,
    /** False between an unmount (or a hidden Activity) and the next mount: nothing new starts. */
    live: false,
  }));

  const patch = useCallback(
    (key: string, change: Partial<ComposeAttachment>) => {
      store.progress.delete(key);
      setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
    },
    [store],
  );

  const flushProgress = useCallback(() => {
    store.frame = 0;
    const sent = new Map(store.progress);
    store.progress.clear();
    // A late frame must not pull a finished upload's bar back.
    setItems((current) =>
      current.map((item) => {
        const bytes = sent.get(item.key);
        return bytes === undefined || item.status !== 'uploading' ? item : { ...item, sentBytes: bytes };
      }),
    );
  }, [store]);

  const pump = useCallback(() => {
    if (!store.live) return;
    for (let key = store.queue[0]; key && store.running < MAX_CONCURRENT; key = store.queue[0]) {
      store.queue.shift();
      const entry = store.entries.get(key);
      if (!entry?.file) continue;
      const controller = new AbortController();
      entry.controller = controller;
      store.running += 1;
      const onProgress = (bytes: number) => {
        store.progress.set(key, bytes);
        store.frame ||= requestAnimationFrame(flushProgress);
      };
      uploadAttachment(entry.file, { onProgress, signal: controller.signal })
        .then(
          (staged) => {
            // Removed while its last answer was on the way: the file is staged for nothing.
            if (!store.entries.has(key)) return void removeAttachment(staged.id);
            entry.stagedId = staged.id;
            const { filename, size, contentType } = staged;
            patch(key, { status: 'done', stagedId: staged.id, filename, size, contentType, sentBytes: size });
          },
          (error: unknown) => {
            // A removed row is gone; one stopped by an unmount stays retryable if the view comes back.
            if (!store.entries.has(key)) return;
            patch(key, {
              status: 'failed',
              error: controller.signal.aborted ? STOPPED : describeApiError(error, { serverWords: true }),
            });
          },
        )
        .finally(() => {
          entry.controller = undefined;
          store.running -= 1;
          pump();
        });
    }
  }, [store, patch, flushProgress]);

  const add = useCallback(
    (files: Iterable<File>) => {
      const added = Array.from(files, (file) => {
        const key = nextKey();
        store.entries.set(key, { file });
        store.queue.push(key);
        return {
          key,
          filename: file.name,
          size: file.size,
          contentType: file.type,
          status: 'uploading',
          sentBytes: 0,
        } satisfies ComposeAttachment;
      });
      setItems((current) => [...current, ...added]);
      pump();
    },
    [store, pump],
  );

  const remove = useCallback(
    (key: string) => {
      const entry = store.entries.get(key);
      store.entries.delete(key);
      store.queue = store.queue.filter((queued) => queued !== key);
      store.progress.delete(key);
      if (entry?.controller) entry.controller.abort();
      else if (entry?.stagedId) void removeAttachment(entry.stagedId);
      setItems((current) => current.filter((item) => item.key !== key));
    },
    [store],
  );

  const retry = useCallback(
    (key: string) => {
      const entry = store.entries.get(key);
      if (!entry?.file || entry.controller || entry.stagedId || store.queue.includes(key)) return;
      patch(key, { status: 'uploading', sentBytes: 0, error: undefined });
      store.queue.push(key);
      pump();
    },
    [store, patch, pump],
  );

  useEffect(() => {
    store.live = true;
    pump();
    return () => {
      // Unfinished uploads stop with the view; staged files stay, since the saved draft may name them.
      store.live = false;
      cancelAnimationFrame(store.frame);
      store.frame = 0;
      for (const entry of store.entries.values()) entry.controller?.abort();
    };
  }, [store, pump]);

  const stagedIds = useMemo(
    () => items.flatMap((item) => (item.status === 'done' && item.stagedId ? [item.stagedId] : [])),
    [items],
  );
  const uploading = items.some((item) => item.status === 'uploading');
  return { items, add, remove, retry, stagedIds, uploading };
}
