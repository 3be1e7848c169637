import type { FlagsResponse } from '@/lib/schemas/flags';
import type { SettingsPatch, SettingsResponse } from '@/lib/schemas/settings';
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

/** Settings stored on the mail server (METADATA); a browser-only copy never needs an operation. */
export interface SettingsOperation {
  kind: 'settings';
  patch: SettingsPatch;
}

export type Operation = FlagsOperation | SettingsOperation;
export type OperationKind = Operation['kind'];

export interface OperationResults {
  flags: FlagsResponse;
  settings: SettingsResponse;
}

interface OperationsByKind {
  flags: FlagsOperation;
  settings: SettingsOperation;
}

const EXECUTORS: { [Kind in OperationKind]: (operation: OperationsByKind[Kind]) => Promise<OperationResults[Kind]> } = {
  flags: ({ mailboxId, uidValidity, uids, add, remove }) =>
    api.setFlags({
      mailboxId,
      uidValidity,
      uids: typeof uids === 'string' ? uids : [...uids],
      add: add ? [...add] : undefined,
      remove: remove ? [...remove] : undefined,
    }),
  settings: ({ patch }) => api.updateSettings(patch),
};

/** The one executor: an operation in, the API call that performs it out. */
export function runOperation<Kind extends OperationKind>(operation: OperationsByKind[Kind]): Promise<OperationResults[Kind]> {
  const execute: (operation: OperationsByKind[Kind]) => Promise<OperationResults[Kind]> = EXECUTORS[operation.kind as Kind];
  return execute(operation);
}

/** What the reader asked for, in words for a notice: "mark as read", "star". */
export function describeOperation(operation: Operation): string {
  if (operation.kind === 'settings') return 'save your settings';
  const count = typeof operation.uids === 'string' || operation.uids.length !== 1 ? 'these messages' : 'this message';
  const [added] = operation.add ?? [];
  const [removed] = operation.remove ?? [];
  if (added === '\\Seen') return `mark ${count} as read`;
  if (removed === '\\Seen') return `mark ${count} as unread`;
  if (added === '\\Flagged') return `star ${count}`;
  if (removed === '\\Flagged') return `unstar ${count}`;
  return `change the flags of ${count}`;
}
