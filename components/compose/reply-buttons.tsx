'use client';

import { Forward, type LucideIcon, Paperclip, Pencil, Reply, ReplyAll } from 'lucide-react';
import { ActionButton } from '@/components/mail/action-button';
import { type AnswerKind, openCompose } from '@/lib/client/compose-store';
import type { ShortcutId } from '@/lib/ui/shortcuts';

const ANSWERS: ReadonlyArray<{ kind: AnswerKind; icon: LucideIcon; label: string; shortcut?: ShortcutId }> = [
  { kind: 'reply', icon: Reply, label: 'Reply', shortcut: 'reply' },
  { kind: 'reply-all', icon: ReplyAll, label: 'Reply all', shortcut: 'replyAll' },
  { kind: 'forward', icon: Forward, label: 'Forward', shortcut: 'forward' },
  // No key of its own, as in Gmail and Thunderbird: the rarer way to forward.
  { kind: 'forward-attachment', icon: Paperclip, label: 'Forward as attachment' },
];

/** Reply, reply all, forward and forward as attachment for the open message; a draft in Drafts is continued instead. */
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
  return ANSWERS.map(({ kind, icon, label, shortcut }) => (
    <ActionButton
      key={kind}
      icon={icon}
      label={label}
      shortcut={shortcut}
      data-testid={`action-${kind}`}
      onClick={() => openCompose({ kind, messageId })}
    />
  ));
}
