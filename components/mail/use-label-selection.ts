'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { errorCodeOf } from '@/lib/client/api-error';
import { cachedMessages } from '@/lib/client/message-cache';
import { onOperationFailed, useFlagsMutation } from '@/lib/client/mutations';
import type { UidSelection } from '@/lib/client/uid-selection';
import { describeError } from '@/lib/ui/describe-error';
import { isLabelKeyword, labelState } from '@/lib/ui/labels';

export interface LabelSelection {
  mailboxId: string;
  uidValidity?: number;
  uids: UidSelection;
  /** The flags of a selected message, where the caller knows them better than the list cache. */
  flagsOf?: (uid: number) => readonly string[] | undefined;
}

/** What a refused label change means; PERMANENTFLAGS without `\*` (RFC 3501 §7.1) is the usual cause. */
function refusal(error: Error): string {
  const code = errorCodeOf(error);
  if (code === 'UNSUPPORTED') {
    return "This folder can't keep new labels: the mail server accepts only the keywords it already knows here. Nothing was changed.";
  }
  return `Couldn't change the label. ${describeError(code)}`;
}

/**
 * The selected messages' flags (while `active`, re-read whenever the cache changes, so an
 * optimistic change and its rollback both show), each label's all/none/some state, and the
 * toggle that adds or removes a keyword through the flags operation. A refusal of a label
 * change on this mailbox, already rolled back by the operation, becomes `error`.
 */
export function useLabelSelection({ mailboxId, uidValidity, uids, flagsOf }: LabelSelection, active: boolean) {
  const queryClient = useQueryClient();
  const flags = useFlagsMutation();
  const [, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!active) return;
    const stopCache = queryClient.getQueryCache().subscribe(() => setVersion((version) => version + 1));
    const stopFailures = onOperationFailed(queryClient, (operation, failure) => {
      if (operation.kind !== 'flags' || operation.mailboxId !== mailboxId) return;
      if ([...(operation.add ?? []), ...(operation.remove ?? [])].some(isLabelKeyword)) setError(refusal(failure));
    });
    return () => {
      stopCache();
      stopFailures();
    };
  }, [active, queryClient, mailboxId]);

  const cached = cachedMessages(queryClient, mailboxId, uids);
  const flagSets: (readonly string[])[] =
    flagsOf && typeof uids !== 'string'
      ? uids.map((uid) => flagsOf(uid) ?? cached.get(uid)?.flags ?? [])
      : [...cached.values()].map((message) => message.flags);

  const stateOf = (keyword: string) => labelState(flagSets, keyword);

  /** All carry it: remove it from all. None or some: add it to all (as Gmail does). */
  const toggle = (keyword: string) => {
    setError(null);
    const change = stateOf(keyword) === 'all' ? { remove: [keyword] } : { add: [keyword] };
    flags.mutate({ kind: 'flags', mailboxId, uidValidity, uids, ...change });
  };

  const apply = (keyword: string) => {
    setError(null);
    flags.mutate({ kind: 'flags', mailboxId, uidValidity, uids, add: [keyword] });
  };

  return { flagSets, stateOf, toggle, apply, error, setError };
}
