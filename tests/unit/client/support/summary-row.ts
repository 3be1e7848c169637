import type { MessageSummary } from '@/lib/schemas/message-list';

/** A list row as the API sends it, with only what the cache tests look at varying. */
export function summaryRow(uid: number, flags: string[] = []): MessageSummary {
  return {
    id: `id-${uid}`,
    uid,
    subject: `Message ${uid}`,
    from: [],
    to: [],
    cc: [],
    recipientsOmitted: 0,
    date: '2026-12-01T00:00:00.000Z',
    flags,
    size: 100,
    hasAttachments: false,
    preview: null,
  };
}
