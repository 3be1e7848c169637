'use client';

import { useQuery } from '@tanstack/react-query';
import { composeApi } from '@/lib/client/compose-api';
import type { AnswerKind, ComposeStart } from '@/lib/client/compose-store';
import { queryKeys } from '@/lib/client/query-keys';
import { messageQuery } from '@/lib/client/use-message';
import {
  type ComposeFields,
  EMPTY_FIELDS,
  forwardAsAttachmentFields,
  forwardFields,
  replyFields,
} from '@/lib/compose/compose-prefill';
import { emlName } from '@/lib/compose/eml-name';
import { type Identity, senderOf, withSignature } from '@/lib/compose/identity-choices';
import type { StagedAttachment } from '@/lib/schemas/attachments';
import type { DraftResponse } from '@/lib/schemas/compose';
import type { MessageView } from '@/lib/schemas/message-view';
import { type ForwardedPart, WHOLE_MESSAGE } from './forwarded-attachments';

/** What the compose form opens with, once known. */
export interface ComposeInitial {
  fields: ComposeFields;
  plain: boolean;
  draftId?: string;
  attachments: StagedAttachment[];
  /** What a forward carries from the original: its attachments (inline), or the whole message (as attachment). */
  forwarded: ForwardedPart[];
}

function fromDraft(draft: DraftResponse, identity: Identity): ComposeInitial {
  const { draftId, attachments, html, from, forwardedMessage, ...fields } = draft;
  return {
    fields: { ...fields, from: from ?? senderOf(identity), html },
    plain: html === undefined,
    draftId,
    attachments,
    // A forward inline's parts came back as staged files; a forwarded message stays a link.
    forwarded: forwardedMessage ? [{ part: WHOLE_MESSAGE, ...forwardedMessage }] : [],
  };
}

/** The compose fields of an answer to `view`, and what of the original it carries along. */
function answer(view: MessageView, kind: AnswerKind, address: string): { fields: ComposeFields; forwarded: ForwardedPart[] } {
  if (kind === 'forward-attachment')
    return {
      fields: forwardAsAttachmentFields(view),
      forwarded: [{ part: WHOLE_MESSAGE, filename: emlName(view.subject), size: view.size }],
    };
  if (kind !== 'forward') return { fields: replyFields(view, kind, address), forwarded: [] };
  const forwarded = view.attachments.map(({ part, filename, decodedSize, size }) => ({
    part,
    filename: filename ?? `part-${part}`,
    size: decodedSize ?? size,
  }));
  return { fields: forwardFields(view), forwarded };
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
  const messageId = 'messageId' in start ? start.messageId : null;
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
  const { fields, forwarded } = answer(original.data, start.kind, address);
  return { initial: { fields: signed(fields, identity), plain: false, attachments: [], forwarded }, error: null };
}
