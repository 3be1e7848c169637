import 'server-only';
import type { MailboxObject } from 'imapflow';
import type { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';
import { mailboxPathFromId } from '@/lib/ids';
import type { MessageSelection } from '@/lib/schemas/flags';
import { uidSet } from '../commands/uid-set';

export type ParsedSelection = z.output<typeof MessageSelection>;

/** The source of a message action: its mailbox path and the UIDs as one IMAP UID set (RFC 3501 §9). */
export interface Source {
  path: string;
  set: string;
  uidValidity?: number;
}

export function sourceOf(selection: ParsedSelection): Source {
  const path = mailboxPathFromId(selection.mailboxId);
  if (path === null) throw new AppError('NOT_FOUND', 'This folder does not exist.');
  const set = typeof selection.uids === 'string' ? selection.uids : uidSet(selection.uids);
  return { path, set, ...(selection.uidValidity !== undefined ? { uidValidity: selection.uidValidity } : {}) };
}

/** RFC 3501 §2.3.1.1: UIDs of another UIDVALIDITY name other messages; never touch them. */
export function assertSameIncarnation(mailbox: MailboxObject, source: Source): void {
  if (source.uidValidity !== undefined && Number(mailbox.uidValidity) !== source.uidValidity) {
    throw new AppError('NOT_FOUND', 'This folder was recreated on the server; reload it.');
  }
}

/** RFC 3501 §5.1: INBOX is case-insensitive; every other name is compared as the server spells it. */
export function samePath(a: string, b: string): boolean {
  return a === b || (a.toUpperCase() === 'INBOX' && b.toUpperCase() === 'INBOX');
}
