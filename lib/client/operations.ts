import type { FlagsResponse } from '@/lib/schemas/flags';
import { api } from './api';
import type { FlagChange } from './flag-change';
import type { UidSelection } from './uid-selection';

/**
 * Every change the client asks of the server is one of these: plain JSON, so an offline
 * outbox can store it and replay it later, and live events can describe the same change.
 * Operations name messages by mailbox and UID (with the UIDVALIDITY they were seen under),
 * never by position in a list.
 */
export interface FlagsOperation extends FlagChange {
  kind: 'flags';
  mailboxId: string;
  /** RFC 3501 §2.3.1.1: the UIDs mean these messages only under this UIDVALIDITY. */
  uidValidity?: number;
  uids: UidSelection;
}

export type Operation = FlagsOperation;
export type OperationKind = Operation['kind'];

export interface OperationResults {
  flags: FlagsResponse;
}

/** The one executor: an operation in, the API call that performs it out. */
export function runOperation<Op extends Operation>(operation: Op): Promise<OperationResults[Op['kind']]> {
  switch (operation.kind) {
    case 'flags': {
      const { mailboxId, uidValidity, uids, add, remove } = operation;
      return api.setFlags({
        mailboxId,
        uidValidity,
        uids: typeof uids === 'string' ? uids : [...uids],
        add: add ? [...add] : undefined,
        remove: remove ? [...remove] : undefined,
      });
    }
  }
}

/** What the reader asked for, in words for a notice: "mark as read", "star". */
export function describeOperation(operation: Operation): string {
  const count = typeof operation.uids === 'string' || operation.uids.length !== 1 ? 'these messages' : 'this message';
  const [added] = operation.add ?? [];
  const [removed] = operation.remove ?? [];
  if (added === '\\Seen') return `mark ${count} as read`;
  if (removed === '\\Seen') return `mark ${count} as unread`;
  if (added === '\\Flagged') return `star ${count}`;
  if (removed === '\\Flagged') return `unstar ${count}`;
  return `change the flags of ${count}`;
}
