'use client';

import { PenLine } from 'lucide-react';
import type { ComposeStart } from '@/lib/client/compose-store';
import { useAnnouncePresence, usePresence } from '@/lib/client/use-presence';
import { useSharedFolder } from '@/lib/client/use-shared-folder';
import { mailboxId, messageRefFromId } from '@/lib/ids';

/**
 * A reply to a message of a shared folder tells the team "replying" while the view is open,
 * and warns when a teammate already is, before two answers reach the customer (design note B.2).
 */
export function ReplyingElsewhereWarning({ start }: { start: ComposeStart }) {
  const answering = start.kind === 'reply' || start.kind === 'reply-all' ? start.messageId : null;
  const ref = answering ? messageRefFromId(answering) : null;
  const folder = ref ? mailboxId(ref.path) : null;
  const shared = useSharedFolder(folder);
  useAnnouncePresence(answering, 'replying', shared);
  const replying = usePresence(folder ?? '', ref?.uid).filter((entry) => entry.activity === 'replying');
  if (!shared || replying.length === 0) return null;
  const names = replying.map((entry) => entry.user).join(' and ');
  return (
    <p
      role="alert"
      data-testid="compose-replying-elsewhere"
      className="flex items-center gap-2 border-b border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <PenLine aria-hidden="true" className="size-4 shrink-0" />
      {names} {replying.length > 1 ? 'are' : 'is'} already replying to this message.
    </p>
  );
}
