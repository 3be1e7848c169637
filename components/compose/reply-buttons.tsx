'use client';

import { Forward, Pencil, Reply, ReplyAll } from 'lucide-react';
import { ActionButton } from '@/components/mail/action-button';
import { openCompose } from '@/lib/client/compose-store';

/** Reply, reply all and forward for the open message; a draft in Drafts is continued instead. */
export function ReplyButtons({ messageId, isDraft }: { messageId: string; isDraft: boolean }) {
  if (isDraft) {
    return (
      <ActionButton
        icon={Pencil}
        label="Continue writing"
        shortcut="reply"
        data-testid="action-edit-draft"
        onClick={() => openCompose({ kind: 'draft', draftId: messageId })}
      />
    );
  }
  return (
    <>
      <ActionButton
        icon={Reply}
        label="Reply"
        shortcut="reply"
        data-testid="action-reply"
        onClick={() => openCompose({ kind: 'reply', messageId })}
      />
      <ActionButton
        icon={ReplyAll}
        label="Reply all"
        shortcut="replyAll"
        data-testid="action-reply-all"
        onClick={() => openCompose({ kind: 'reply-all', messageId })}
      />
      <ActionButton
        icon={Forward}
        label="Forward"
        shortcut="forward"
        data-testid="action-forward"
        onClick={() => openCompose({ kind: 'forward', messageId })}
      />
    </>
  );
}
