import { createHash } from 'node:crypto';
import { expect } from '@playwright/test';
import { withDirectImap } from '../../../scripts/harness/direct-imap';

interface Login {
  user: string;
  password: string;
}

/** A message as another IMAP client sees it: how the compose specs check what was sent, filed and delivered. */
export interface FoundMessage {
  uid: number;
  flags: string[];
  messageId: string;
  inReplyTo: string;
  /** The first From mailbox, as `Name <address>` (or the address alone). */
  from: string;
  /** Each attachment's file name and the SHA-256 of its decoded bytes. */
  attachments: { filename: string; sha256: string }[];
}

interface Part {
  part?: string;
  disposition?: string;
  dispositionParameters?: Record<string, string>;
  childNodes?: Part[];
}

const attachmentsOf = (node: Part): Part[] =>
  node.disposition === 'attachment' ? [node] : (node.childNodes ?? []).flatMap(attachmentsOf);

const mailbox = (entry: { name?: string; address?: string } | undefined) =>
  entry?.name ? `${entry.name} <${entry.address ?? ''}>` : (entry?.address ?? '');

/** Every message of `path` whose subject is exactly `subject` (SEARCH SUBJECT matches substrings). */
export function findBySubject(login: Login, path: string, subject: string): Promise<FoundMessage[]> {
  return withDirectImap(login, async (imap) => {
    const lock = await imap.getMailboxLock(path, { readOnly: true });
    try {
      const uids = (await imap.search({ subject }, { uid: true })) || [];
      const found: FoundMessage[] = [];
      for (const uid of uids) {
        const message = await imap.fetchOne(
          String(uid),
          { uid: true, flags: true, envelope: true, bodyStructure: true },
          { uid: true },
        );
        if (!message || message.envelope?.subject !== subject) continue;
        const attachments: FoundMessage['attachments'] = [];
        for (const part of attachmentsOf(message.bodyStructure as Part)) {
          const { content } = await imap.download(String(uid), part.part, { uid: true });
          if (!content) throw new Error(`part ${part.part} of UID ${uid} could not be downloaded`);
          const hash = createHash('sha256');
          for await (const chunk of content) hash.update(chunk as Buffer);
          attachments.push({ filename: part.dispositionParameters?.filename ?? '', sha256: hash.digest('hex') });
        }
        found.push({
          uid,
          flags: [...(message.flags ?? [])],
          messageId: message.envelope?.messageId ?? '',
          inReplyTo: message.envelope?.inReplyTo ?? '',
          from: mailbox(message.envelope?.from?.[0]),
          attachments,
        });
      }
      return found;
    } finally {
      lock.release();
    }
  });
}

/** Waits until `path` holds exactly one message with `subject` (delivery through Postfix and LMTP takes a moment). */
export async function awaitOne(login: Login, path: string, subject: string): Promise<FoundMessage> {
  let found: FoundMessage[] = [];
  await expect
    .poll(
      async () => {
        found = await findBySubject(login, path, subject);
        return found.length;
      },
      { message: `one "${subject}" in ${login.user}'s ${path}`, timeout: 20_000 },
    )
    .toBe(1);
  return found[0] as FoundMessage;
}
