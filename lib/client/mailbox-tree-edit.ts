import { mailboxId } from '@/lib/ids';
import { isWithin } from '@/lib/schemas/mailbox-name';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { myRightsFrom } from '@/lib/sharing/rights';
import type { MailboxOperation } from './operations';

/**
 * What a folder operation does to the cached folder list, shown before the server answers
 * (and undone if it refuses). Pure, so it is unit-tested. The list refetches afterwards:
 * the server's own view (counts, attributes, levels it made) replaces this guess.
 */
export function applyMailboxOperation(mailboxes: readonly Mailbox[], operation: MailboxOperation): Mailbox[] {
  switch (operation.action) {
    case 'create':
      return withCreated(mailboxes, operation.path);
    case 'rename': {
      const from = mailboxes.find((mailbox) => mailbox.id === operation.mailboxId);
      if (!from) return [...mailboxes];
      return mailboxes.map((mailbox) =>
        isWithin(mailbox.path, from.path, from.delimiter) ? moved(mailbox, from.path, operation.path) : mailbox,
      );
    }
    case 'subscribe':
      return mailboxes.map((mailbox) =>
        mailbox.id === operation.mailboxId ? { ...mailbox, subscribed: operation.subscribed } : mailbox,
      );
    case 'delete': {
      const gone = mailboxes.find((mailbox) => mailbox.id === operation.mailboxId);
      if (!gone) return [...mailboxes];
      return mailboxes.filter((mailbox) => !isWithin(mailbox.path, gone.path, gone.delimiter));
    }
  }
}

/** The folder that holds `path` and the levels above it that are missing, as empty, subscribed folders. */
function withCreated(mailboxes: readonly Mailbox[], path: string): Mailbox[] {
  const delimiter = mailboxes.find((mailbox) => mailbox.namespace === 'personal')?.delimiter ?? null;
  const known = new Set(mailboxes.map((mailbox) => mailbox.path));
  const levels = delimiter ? path.split(delimiter) : [path];
  const added: Mailbox[] = [];
  for (let end = 1; end <= levels.length; end++) {
    const levelPath = levels.slice(0, end).join(delimiter ?? '');
    if (known.has(levelPath)) continue;
    added.push({
      id: mailboxId(levelPath),
      path: levelPath,
      name: levels[end - 1] ?? levelPath,
      delimiter,
      parent: end > 1 ? levels.slice(0, end - 1).join(delimiter ?? '') : null,
      specialUse: null,
      flags: [],
      subscribed: true,
      total: 0,
      unseen: 0,
      namespace: 'personal',
      owner: null,
      myRights: myRightsFrom(null),
    });
  }
  return [...mailboxes, ...added];
}

function moved(mailbox: Mailbox, from: string, to: string): Mailbox {
  const path = `${to}${mailbox.path.slice(from.length)}`;
  const delimiter = mailbox.delimiter;
  const levels = delimiter ? path.split(delimiter) : [path];
  return {
    ...mailbox,
    id: mailboxId(path),
    path,
    name: levels.at(-1) ?? path,
    parent: levels.length > 1 && delimiter ? levels.slice(0, -1).join(delimiter) : null,
  };
}

/** Folder counts that go with a delete, for its confirmation: the folder's messages, and its subfolders' folders and messages. */
export function branchOf(mailboxes: readonly Mailbox[], target: Mailbox): { messages: number; subfolders: number } {
  let messages = 0;
  let subfolders = 0;
  for (const mailbox of mailboxes) {
    if (!isWithin(mailbox.path, target.path, target.delimiter)) continue;
    messages += mailbox.total ?? 0;
    if (mailbox.path !== target.path && mailbox.total !== null) subfolders++;
  }
  return { messages, subfolders };
}
