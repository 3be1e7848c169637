import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { messageId } from '../../../lib/ids';
import { corpus, fileOf } from '../../fixtures/mail/hostile/corpus';
import { appendMessages } from './append-messages';
import type { HostileMessage } from './run-data';

const CORPUS_DIR = resolve(import.meta.dirname, '../../fixtures/mail/hostile');

/**
 * APPENDs the whole hostile corpus (tests/fixtures/mail/hostile) to the INBOX of a fresh user,
 * in table order, over one plain IMAP connection to the local Dovecot: ~5 MB, about a second.
 * APPENDUID (RFC 4315, UIDPLUS) gives each file's UID, so the spec opens it by id.
 */
export async function appendHostileCorpus(user: string, password: string): Promise<HostileMessage[]> {
  const files = corpus.map((fixture) => {
    try {
      return readFileSync(resolve(CORPUS_DIR, fileOf(fixture)));
    } catch {
      throw new Error(`${fileOf(fixture)} is missing: run \`npx tsx tests/fixtures/mail/hostile/generate.ts\``);
    }
  });
  const refs = await appendMessages(user, password, files, ['\\Seen']);
  return corpus.map((fixture, i) => {
    const ref = refs[i] as (typeof refs)[number];
    return { name: fixture.name, subject: fixture.subject, uid: ref.uid, id: messageId(ref) };
  });
}
