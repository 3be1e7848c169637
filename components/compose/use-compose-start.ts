'use client';

import { useQuery } from '@tanstack/react-query';
import { composeApi } from '@/lib/client/compose-api';
import type { ComposeStart } from '@/lib/client/compose-store';
import { queryKeys } from '@/lib/client/query-keys';
import { messageQuery } from '@/lib/client/use-message';
import { type ComposeFields, EMPTY_FIELDS, forwardFields, replyFields } from '@/lib/compose/compose-prefill';
import { type Identity, senderOf, withSignature } from '@/lib/compose/identity-choices';
import type { StagedAttachment } from '@/lib/schemas/attachments';
import type { DraftResponse } from '@/lib/schemas/compose';
import type { ForwardedPart } from './forwarded-attachments';

/** What the compose form opens with, once known. */
export interface ComposeInitial {
  fields: ComposeFields;
  plain: boolean;
  draftId?: string;
  attachments: StagedAttachment[];
  /** The original's attachments a forward inline offers to carry. */
  forwarded: ForwardedPart[];
}

function fromDraft(draft: DraftResponse, identity: Identity): ComposeInitial {
  const { draftId, attachments, html, from, ...fields } = draft;
  return {
    fields: { ...fields, from: from ?? senderOf(identity), html },
    plain: html === undefined,
    draftId,
    attachments,
    forwarded: [],
  };
}

/** A new message, reply or forward starts from the default identity, with its signature. */
function signed(fields: ComposeFields, identity: Identity): ComposeFields {
  return { ...fields, from: senderOf(identity), html: withSignature(fields.html ?? '', identity.signature) };
}

/**
 * The compose view's starting point: empty, a reply or forward of a message (its view, most
 * often already cached by the reading pane), or a draft read back from Drafts. A draft is
 * read once: every read stages its attachments anew on the server.
 */
export function useComposeStart(
  start: ComposeStart,
  address: string,
  identity: Identity | undefined,
): { initial?: ComposeInitial; error: unknown } {
  const messageId = start.kind === 'reply' || start.kind === 'reply-all' || start.kind === 'forward' ? start.messageId : null;
  const original = useQuery({ ...messageQuery(messageId ?? ''), enabled: messageId !== null });
  const draftId = start.kind === 'draft' ? start.draftId : null;
  const draft = useQuery({
    queryKey: queryKeys.draft(draftId ?? ''),
    queryFn: () => composeApi.getDraft(draftId ?? ''),
    enabled: draftId !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });

  // The settings (identities, signature) come first: a view opened without them would miss the signature.
  if (!identity) return { error: null };
  if (start.kind === 'new')
    return { initial: { fields: signed(EMPTY_FIELDS, identity), plain: false, attachments: [], forwarded: [] }, error: null };
  if (start.kind === 'draft') return { initial: draft.data ? fromDraft(draft.data, identity) : undefined, error: draft.error };
  if (!original.data) return { error: original.error };
  const view = original.data;
  const fields = start.kind === 'forward' ? forwardFields(view) : replyFields(view, start.kind, address);
  const forwarded =
    start.kind === 'forward'
      ? view.attachments.map(({ part, filename, decodedSize, size }) => ({
          part,
          filename: filename ?? `part-${part}`,
          size: decodedSize ?? size,
        }))
      : [];
  return { initial: { fields: signed(fields, identity), plain: false, attachments: [], forwarded }, error: null };
}
