import type { ImapFlow } from 'imapflow';
import { beforeAll, describe, expect, it } from 'vitest';
import { uidSearch } from '@/lib/imap/commands/uid-search';
import { parseQuery } from '@/lib/search/parse-query';
import { searchCriteria } from '@/lib/search/search-criteria';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { PORTS } from '../../scripts/harness/ports';
import { freshUser, type TestUser } from './support/users';

/**
 * The query language against the real Dovecot: each query is parsed, turned into SEARCH keys
 * and sent with the UID SEARCH adapter; the UIDs expected are computed here from the seeded
 * messages, never asked of the server. The same queries on the minimal server (no ESEARCH)
 * give the same UIDs.
 */
interface Seed {
  from: string;
  to: string;
  subject: string;
  body: string;
  date: string;
  flags: string[];
  attachment?: boolean;
}

const SEEDS: Seed[] = [
  {
    from: 'Ana Lima <ana@example.org>',
    to: 'bea@example.org',
    subject: 'Quarterly report',
    body: 'budget numbers',
    date: '2026-01-10',
    flags: ['\\Seen'],
  },
  {
    from: 'bob@example.org',
    to: 'bea@example.org',
    subject: 'Отчёт за квартал',
    body: 'бюджет готов',
    date: '2026-02-05',
    flags: ['\\Flagged'],
  },
  {
    from: '山田 太郎 <yamada@example.jp>',
    to: 'team@example.org',
    subject: '会議の議事録',
    body: '予算について',
    date: '2026-03-01',
    flags: ['\\Answered', '$label1'],
  },
  {
    from: 'Ana Lima <ana@example.org>',
    to: 'bea@example.org',
    subject: 'Invoice 2026-03',
    body: 'see the attached invoice',
    date: '2026-03-15',
    flags: ['\\Seen'],
    attachment: true,
  },
  {
    from: 'carol@example.org',
    to: 'bea@example.org',
    subject: 'odd "quote" ) {5} *',
    body: 'tricky',
    date: '2026-04-01',
    flags: ['\\Draft'],
  },
];

const encodeWord = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`);

function raw(seed: Seed): string {
  const [, name, address] = /^(.*) <(.*)>$/.exec(seed.from) ?? [null, '', seed.from];
  const from = name ? `${encodeWord(name)} <${address}>` : seed.from;
  const head = `From: ${from}\r\nTo: ${seed.to}\r\nSubject: ${encodeWord(seed.subject)}\r\nDate: ${new Date(`${seed.date}T12:00:00Z`).toUTCString()}\r\nMIME-Version: 1.0\r\n`;
  const text = Buffer.from(seed.body).toString('base64');
  if (!seed.attachment)
    return `${head}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${text}\r\n`;
  const pdf = Buffer.alloc(12 * 1024, 7)
    .toString('base64')
    .replace(/.{76}/g, '$&\r\n');
  return `${head}Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${text}\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="i.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${pdf}\r\n--b--\r\n`;
}

/** Queries and which seeds they match, by the seeds' own data. */
const QUERIES: Array<[string, (seed: Seed) => boolean]> = [
  ['from:ana', (seed) => seed.from.includes('ana@')],
  ['to:team', (seed) => seed.to.startsWith('team')],
  ['subject:quarterly', (seed) => /quarterly/i.test(seed.subject)],
  ['budget', (seed) => seed.body.includes('budget')],
  ['body:invoice', (seed) => seed.body.includes('invoice')],
  ['subject:отчёт', (seed) => seed.subject.includes('Отчёт')],
  ['бюджет', (seed) => seed.body.includes('бюджет')],
  ['subject:議事録', (seed) => seed.subject.includes('議事録')],
  ['from:山田', (seed) => seed.from.includes('山田')],
  ['is:unread', (seed) => !seed.flags.includes('\\Seen')],
  ['is:read', (seed) => seed.flags.includes('\\Seen')],
  ['is:starred', (seed) => seed.flags.includes('\\Flagged')],
  ['is:answered', (seed) => seed.flags.includes('\\Answered')],
  ['is:draft', (seed) => seed.flags.includes('\\Draft')],
  ['label:Work', (seed) => seed.flags.includes('$label1')],
  ['has:attachment', (seed) => seed.attachment === true],
  ['larger:10k', (seed) => seed.attachment === true],
  ['smaller:10k', (seed) => seed.attachment !== true],
  ['after:2026/02/05', (seed) => seed.date >= '2026-02-05'],
  ['before:2026-02-05', (seed) => seed.date < '2026-02-05'],
  ['on:2026-03-01', (seed) => seed.date === '2026-03-01'],
  [
    'from:ana after:2026/02/01 before:2026/04/01',
    (seed) => seed.from.includes('ana@') && seed.date >= '2026-02-01' && seed.date < '2026-04-01',
  ],
  ['-from:ana', (seed) => !seed.from.includes('ana@')],
  ['from:bob OR from:carol', (seed) => /^(bob|carol)@/.test(seed.from)],
  [
    '(from:ana OR is:starred) -is:read',
    (seed) => (seed.from.includes('ana@') || seed.flags.includes('\\Flagged')) && !seed.flags.includes('\\Seen'),
  ],
  ['"quote"', (seed) => seed.subject.includes('"quote"') || seed.body.includes('quote')],
  ['")"', (seed) => seed.subject.includes(')')],
  ['"{5}"', (seed) => seed.subject.includes('{5}')],
  ['subject:"*"', (seed) => seed.subject.includes('*')],
  ['"x\r\nA LOGOUT"', () => false],
];

async function seed(user: TestUser): Promise<Map<Seed, number>> {
  const uids = new Map<Seed, number>();
  await withDirectImap(user, async (imap) => {
    for (const message of SEEDS) {
      const appended = await imap.append('INBOX', raw(message), message.flags, new Date(`${message.date}T12:00:00Z`));
      uids.set(message, Number(appended ? appended.uid : 0));
    }
  });
  return uids;
}

async function search(imap: ImapFlow, query: string): Promise<{ uids: number[]; count: number }> {
  const criteria = searchCriteria(parseQuery(query).node, {
    within: imap.capabilities.has('WITHIN'),
    keywordOf: (name) => (name.toLowerCase() === 'work' ? '$label1' : null),
    now: new Date(),
    user: 'searcher',
  });
  const lock = await imap.getMailboxLock('INBOX', { readOnly: true });
  try {
    return await uidSearch(imap, criteria);
  } finally {
    lock.release();
  }
}

describe('the query language on Dovecot', () => {
  let user: TestUser;
  let uids: Map<Seed, number>;
  beforeAll(async () => {
    user = freshUser('search');
    uids = await seed(user);
  });

  for (const [name, port] of [
    ['the full server (ESEARCH)', PORTS.imap],
    ['the minimal server (plain SEARCH)', PORTS.imapMinimal],
  ] as const) {
    it(`returns exactly the expected UIDs for every operator on ${name}`, async () => {
      await withDirectImap({ ...user, port }, async (imap) => {
        expect(imap.capabilities.has('ESEARCH')).toBe(port === PORTS.imap);
        for (const [query, matches] of QUERIES) {
          const expected = SEEDS.filter(matches).map((message) => uids.get(message) as number);
          const found = await search(imap, query);
          expect(found.uids, query).toEqual(expected.sort((a, b) => a - b));
          expect(found.count, query).toBe(expected.length);
        }
      });
    });
  }
});
