'use client';

import { mailboxId, messageRefFromId } from '@/lib/ids';
import { LabelMenu } from './label-menu';

/** The label menu for the open message, its checkboxes drawn from the flags the header shows. */
export function MessageLabelMenu({ messageId, flags }: { messageId: string; flags: readonly string[] }) {
  const ref = messageRefFromId(messageId);
  if (!ref) return null;
  return <LabelMenu mailboxId={mailboxId(ref.path)} uidValidity={ref.uidValidity} uids={[ref.uid]} flagsOf={() => flags} />;
}
