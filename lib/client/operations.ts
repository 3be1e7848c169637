import type { FlagsResponse } from '@/lib/schemas/flags';
import type { DeleteMailboxResponse, MailboxChangeResponse } from '@/lib/schemas/mailboxes';
import type { MessageAction, MoveResponse } from '@/lib/schemas/move';
import type { SettingsPatch, SettingsResponse } from '@/lib/schemas/settings';
import { isLabelKeyword } from '@/lib/ui/labels';
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
  /** RFC 7162 UNCHANGEDSINCE: refuse (409 CONFLICT) for messages changed after this modseq. */
  unchangedSince?: string;
}

/**
 * Messages leaving their folder (or copied): move/copy to `to`, archive, delete (to Trash,
 * or `permanent` inside Trash), junk, not-junk. The answer's uidMap is what an undo moves back.
 */
export interface MoveOperation {
  kind: 'move';
  action: MessageAction;
  mailboxId: string;
  uidValidity?: number;
  uids: UidSelection;
  /** The destination's mailbox id, for move and copy. */
  to?: string;
  permanent?: boolean;
}

/** A change to the folder tree. */
export type MailboxOperation =
  | { kind: 'mailbox'; action: 'create'; path: string }
  | { kind: 'mailbox'; action: 'rename'; mailboxId: string; path: string }
  | { kind: 'mailbox'; action: 'subscribe'; mailboxId: string; subscribed: boolean }
  | { kind: 'mailbox'; action: 'delete'; mailboxId: string; force?: boolean; withChildren?: boolean };

/** Settings stored on the mail server (METADATA); a browser-only copy never needs an operation. */
export interface SettingsOperation {
  kind: 'settings';
  patch: SettingsPatch;
}

export type Operation = FlagsOperation | MoveOperation | MailboxOperation | SettingsOperation;
export type OperationKind = Operation['kind'];

export interface OperationResults {
  flags: FlagsResponse;
  move: MoveResponse;
  mailbox: MailboxChangeResponse | DeleteMailboxResponse;
  settings: SettingsResponse;
}

interface OperationsByKind {
  flags: FlagsOperation;
  move: MoveOperation;
  mailbox: MailboxOperation;
  settings: SettingsOperation;
}

const EXECUTORS: { [Kind in OperationKind]: (operation: OperationsByKind[Kind]) => Promise<OperationResults[Kind]> } = {
  flags: ({ mailboxId, uidValidity, uids, add, remove, unchangedSince }) =>
    api.setFlags({
      mailboxId,
      uidValidity,
      uids: typeof uids === 'string' ? uids : [...uids],
      add: add ? [...add] : undefined,
      remove: remove ? [...remove] : undefined,
      unchangedSince,
    }),
  move: ({ action, mailboxId, uidValidity, uids, to, permanent }) =>
    api.moveMessages(action, {
      mailboxId,
      uidValidity,
      uids: typeof uids === 'string' ? uids : [...uids],
      ...(to !== undefined ? { to } : {}),
      ...(permanent !== undefined ? { permanent } : {}),
    }),
  mailbox: (operation) => {
    switch (operation.action) {
      case 'create':
        return api.createMailbox({ path: operation.path });
      case 'rename':
        return api.updateMailbox(operation.mailboxId, { path: operation.path });
      case 'subscribe':
        return api.updateMailbox(operation.mailboxId, { subscribed: operation.subscribed });
      case 'delete':
        return api.deleteMailbox(operation.mailboxId, { force: operation.force, withChildren: operation.withChildren });
    }
  },
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
  if (operation.kind === 'mailbox') return describeMailboxOperation(operation);
  if (operation.kind === 'move') return describeMove(operation);
  const count = typeof operation.uids === 'string' || operation.uids.length !== 1 ? 'these messages' : 'this message';
  const [added] = operation.add ?? [];
  const [removed] = operation.remove ?? [];
  if (added === '\\Seen') return `mark ${count} as read`;
  if (removed === '\\Seen') return `mark ${count} as unread`;
  if (added === '\\Flagged') return `star ${count}`;
  if (removed === '\\Flagged') return `unstar ${count}`;
  if (added && isLabelKeyword(added)) return `label ${count}`;
  if (removed && isLabelKeyword(removed)) return `take the label off ${count}`;
  return `change the flags of ${count}`;
}

function describeMove(operation: MoveOperation): string {
  const count = typeof operation.uids === 'string' || operation.uids.length !== 1 ? 'these messages' : 'this message';
  switch (operation.action) {
    case 'move':
      return `move ${count}`;
    case 'copy':
      return `copy ${count}`;
    case 'archive':
      return `archive ${count}`;
    case 'delete':
      return operation.permanent ? `delete ${count} for good` : `delete ${count}`;
    case 'junk':
      return `mark ${count} as junk`;
    case 'not-junk':
      return `mark ${count} as not junk`;
  }
}

function describeMailboxOperation(operation: MailboxOperation): string {
  switch (operation.action) {
    case 'create':
      return 'create the folder';
    case 'rename':
      return 'rename the folder';
    case 'subscribe':
      return operation.subscribed ? 'subscribe to the folder' : 'unsubscribe from the folder';
    case 'delete':
      return 'delete the folder';
  }
}
