import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ImapFlow } from 'imapflow';
import { messageId } from '../../../lib/ids';
import { corpus, fileOf } from '../../fixtures/mail/hostile/corpus';
import type { HostileMessage } from './run-data';

const CORPUS_DIR = resolve(import.meta.dirname, '../../fixtures/mail/hostile');

/**
 * APPENDs the whole hostile corpus (tests/fixtures/mail/hostile) to the INBOX of a fresh user,
 * in table order, over one plain IMAP connection to the local Dovecot: ~5 MB, about a second.
 * APPENDUID (RFC 4315, UIDPLUS) gives each file's UID, so the spec opens it by id.
 */
export async function appendHostileCorpus(user: string, password: string): Promise<HostileMessage[]> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: 1143,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass: password },
    logger: false,
  });
  await client.connect();
  try {
    const messages: HostileMessage[] = [];
    for (const fixture of corpus) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(resolve(CORPUS_DIR, fileOf(fixture)));
      } catch {
        throw new Error(`${fileOf(fixture)} is missing: run \`npx tsx tests/fixtures/mail/hostile/generate.ts\``);
      }
      const appended = (await client.append('INBOX', bytes, ['\\Seen'])) || null;
      if (!appended?.uid || appended.uidValidity === undefined) {
        throw new Error(`APPEND of ${fileOf(fixture)} reported no APPENDUID`);
      }
      const ref = { path: 'INBOX', uidValidity: Number(appended.uidValidity), uid: appended.uid };
      messages.push({ name: fixture.name, subject: fixture.subject, uid: ref.uid, id: messageId(ref) });
    }
    return messages;
  } finally {
    await client.logout();
  }
}
