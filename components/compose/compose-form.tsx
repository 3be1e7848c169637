'use client';

import { type KeyboardEvent, type ReactNode, useMemo, useRef, useState } from 'react';
import { composeApi } from '@/lib/client/compose-api';
import { notify } from '@/lib/client/undo-store';
import type { ComposeFields } from '@/lib/compose/compose-prefill';
import { type Identity, signatureOf } from '@/lib/compose/identity-choices';
import type { DraftRequest } from '@/lib/schemas/compose';
import { AttachmentTray } from './attachment-tray';
import { ComposeFooter } from './compose-footer';
import { ComposeHeaderFields } from './compose-header-fields';
import { ComposeTitleBar } from './compose-title-bar';
import { ForwardedAttachments } from './forwarded-attachments';
import { MessageEditor, type MessageEditorHandle } from './message-editor';
import { useAttachmentUploads } from './use-attachment-uploads';
import { useComposeSend } from './use-compose-send';
import type { ComposeInitial } from './use-compose-start';
import { useDraftAutosave } from './use-draft-autosave';
import { useFileDrop } from './use-file-drop';

interface ComposeFormProps {
  initial: ComposeInitial;
  /** Who the message can be written as, the default first. */
  identities: readonly Identity[];
  title: string;
  titleId: string;
  /** Shown under the title bar: a teammate already replying (replying-elsewhere-warning.tsx). */
  notice?: ReactNode;
  onClose: () => void;
}

/** The message being written: recipients, subject, body, attachments; saved as a draft as it goes. */
export function ComposeForm({ initial, identities, title, titleId, notice, onClose }: ComposeFormProps) {
  const [fields, setFields] = useState<ComposeFields>(initial.fields);
  const [plain, setPlain] = useState(initial.plain);
  const [touched, setTouched] = useState(false);
  const uploads = useAttachmentUploads(initial.attachments);
  const staged = uploads.stagedIds.join('\n');

  const message = useMemo<DraftRequest>(
    () => ({
      from: fields.from,
      to: fields.to,
      cc: fields.cc,
      bcc: fields.bcc,
      subject: fields.subject,
      ...(plain ? { text: fields.text } : { html: fields.html ?? '' }),
      attachments: staged ? staged.split('\n') : [],
      inReplyTo: fields.inReplyTo,
      forwardOf: fields.forwardOf,
      forwardAs: fields.forwardAs,
      forwardParts: fields.forwardParts,
    }),
    [fields, plain, staged],
  );
  const autosave = useDraftAutosave(touched ? message : null, initial.draftId);
  const sender = useComposeSend({ settle: autosave.settle, flush: autosave.flush, onSent: onClose });

  const editor = useRef<MessageEditorHandle>(null);
  const edit = (patch: Partial<ComposeFields>) => {
    // Another From brings its own signature (a signature the user edited stays, swap-signature.ts).
    if (patch.from && patch.from.address !== fields.from?.address)
      editor.current?.swapSignature(signatureOf(identities, fields.from), signatureOf(identities, patch.from));
    setFields((current) => ({ ...current, ...patch }));
    setTouched(true);
  };
  const attach = (files: Iterable<File>) => {
    uploads.add(files);
    setTouched(true);
  };
  const drop = useFileDrop(attach);

  const close = async () => {
    if (touched) {
      await autosave.flush();
      notify('Draft saved');
    }
    onClose();
  };
  const discard = async () => {
    const draftId = await autosave.settle();
    if (draftId) void composeApi.deleteDraft(draftId).catch(() => undefined);
    notify('Draft discarded');
    onClose();
  };
  const submit = () => {
    if (uploads.uploading) return sender.setError('Wait for the attachments to finish uploading.');
    if (fields.to.length + fields.cc.length + fields.bcc.length === 0) return sender.setError('Add at least one recipient.');
    void sender.send(message);
  };
  // Ctrl+Enter (⌘+Enter) sends, as in every mail client.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <fieldset
      aria-labelledby={titleId}
      className="relative flex min-h-0 min-w-0 flex-1 flex-col"
      onKeyDown={onKeyDown}
      {...drop.dropProps}
    >
      <ComposeTitleBar title={title} titleId={titleId} status={autosave.status} onClose={() => void close()} />
      {notice}
      <ComposeHeaderFields identities={identities} fields={fields} onEdit={edit} />
      <div className="min-h-0 flex-1 overflow-y-auto px-3 py-2">
        <MessageEditor
          ref={editor}
          initialHtml={initial.fields.html ?? ''}
          initialText={initial.fields.text}
          plain={plain}
          autoFocus={fields.to.length > 0}
          onChange={({ html, text }) => edit({ html, text })}
          onPlainChange={(next) => {
            setPlain(next);
            setTouched(true);
          }}
        />
        <ForwardedAttachments parts={initial.forwarded} fields={fields} onEdit={edit} />
        <AttachmentTray items={uploads.items} onRemove={uploads.remove} onRetry={uploads.retry} />
      </div>
      <ComposeFooter
        error={sender.error}
        sending={sender.pending}
        onSend={submit}
        onAttach={attach}
        onDiscard={() => void discard()}
      />
      {drop.dragging ? (
        <div className="pointer-events-none absolute inset-2 flex items-center justify-center rounded-lg border-2 border-dashed border-accent bg-surface/90 text-sm font-medium text-accent">
          Drop files to attach them
        </div>
      ) : null}
    </fieldset>
  );
}
