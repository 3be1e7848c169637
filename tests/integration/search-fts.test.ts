import type { ImapFlow, SearchObject } from 'imapflow';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchResponse } from '@/lib/schemas/search';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { doveadm } from '../../scripts/imap/doveadm';
import { signedIn } from './support/move-fixtures';
import { IMAP, IMAP_FTS, IMAP_MINIMAL } from './support/servers';
import { freshUser, type TestUser } from './support/users';

/**
 * Body search on the fts Dovecot goes through its fts-xapian index (scripts/imap/fts-config.ts);
 * the full and minimal ones read the mail itself. Whole words in quoted-printable, base64 and HTML bodies
 * give both the same UIDs; the index's own differences are pinned below, as the README states them.
 */
const head = (subject: string) =>
  `From: Ana Lima <ana@example.org>\r\nTo: bea@example.org\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\n`;
const base64 = (text: string) => Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\r\n');

/** Every body ends with a line break: a last word without one is a known gap of the index (below). */
const MESSAGES = {
  qp: `${head('Greetings')}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nViele Gr=C3=BC=C3=9Fe vom Quellwasser=\r\nturm, hello world.\r\n`,
  cyrillic: `${head('=?UTF-8?B?0JHRjtC00LbQtdGC?=')}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64('Коллеги, бюджетирование готово к пятнице.\n')}\r\n`,
  html: `${head('Order')}Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64('<p>The <b>marmalade</b> shipment left today.</p>\n')}\r\n`,
  lastWord: `${head('Tail')}Content-Type: text/plain; charset=utf-8\r\n\r\nthe tail ends in zanzibar`,
};
type Name = keyof typeof MESSAGES;

/** Words, and pieces of 3 to 20 characters, with the messages that hold them: both servers agree. */
const WORDS: Array<[SearchObject, Name[]]> = [
  [{ body: 'Grüße' }, ['qp']],
  [{ body: 'Quellwasserturm' }, ['qp']],
  [{ text: 'бюджетирование' }, ['cyrillic']],
  [{ body: 'коллеги' }, ['cyrillic']],
  [{ body: 'marmalade' }, ['html']],
  [{ text: 'greetings' }, ['qp']],
  [{ subject: 'бюджет' }, ['cyrillic']],
  [{ body: 'hello' }, ['qp']],
  [{ body: 'ello' }, ['qp']],
  [{ body: 'tail' }, ['lastWord']],
  [{ body: 'okapi' }, []],
];

/** Where the index answers otherwise than RFC 3501's substring match: [query, with the index, without]. */
const DIFFERENCES: Array<[SearchObject, Name[], Name[]]> = [
  [{ body: 'el' }, [], ['qp']], // under 3 characters: no term to look up
  [{ body: 'world hello' }, ['qp'], []], // words, in any order
  [{ body: 'Gruße' }, ['qp'], []], // diacritics folded
  [{ body: 'zanzibar' }, [], ['lastWord']], // Dovecot 2.3 never hands over a body's last word without a line break
  [{ not: { body: 'hello' } }, [], ['cyrillic', 'html', 'lastWord']], // fts-xapian 1.5.5 cannot parse a pure NOT
];

async function uidsOf(imap: ImapFlow, query: SearchObject): Promise<number[]> {
  const uids = (await imap.search(query, { uid: true })) || [];
  return [...uids].sort((a, b) => a - b);
}

describe('full-text search', () => {
  let user: TestUser;
  const uid = {} as Record<Name, number>;
  const uidsFor = (names: Name[]) => names.map((name) => uid[name]).sort((a, b) => a - b);

  beforeAll(async () => {
    user = freshUser('fts');
    await withDirectImap({ ...user, port: IMAP_FTS.port }, async (imap) => {
      for (const [name, raw] of Object.entries(MESSAGES) as Array<[Name, string]>) {
        const appended = await imap.append('INBOX', raw);
        uid[name] = Number(appended ? appended.uid : 0);
      }
    });
  });

  it('answers a body search on the fts server from its xapian index, and only there', async () => {
    // A BODY search indexes whatever autoindex has not reached yet, so the lookup below cannot race it.
    await withDirectImap({ ...user, port: IMAP_FTS.port }, async (imap) => {
      await imap.mailboxOpen('INBOX', { readOnly: true });
      expect(await uidsOf(imap, { body: 'marmalade' })).toEqual([uid.html]);
    });
    // doveadm fts asks the index alone: without the plugin it is an unknown command.
    const lookup = () => doveadm(['fts', 'lookup', '-u', user.user, 'mailbox', 'INBOX', 'body', 'marmalade'], 'fts').trim();
    expect(lookup()).toBe(`INBOX: ${uid.html}`);
    // The suites' exact searches run on these two: the index's matching must never reach them.
    for (const kind of ['full', 'minimal'] as const)
      expect(doveadm(['config', '-h', 'mail_plugins'], kind).trim()).not.toMatch(/fts/);
  });

  for (const [name, port] of [
    ['the fts server (xapian)', IMAP_FTS.port],
    ['the full server (no index)', IMAP.port],
    ['the minimal server (no index)', IMAP_MINIMAL.port],
  ] as const) {
    it(`finds words in quoted-printable, base64 and HTML bodies and in UTF-8 on ${name}`, async () => {
      await withDirectImap({ ...user, port }, async (imap) => {
        await imap.mailboxOpen('INBOX', { readOnly: true });
        for (const [query, names] of WORDS) expect(await uidsOf(imap, query), JSON.stringify(query)).toEqual(uidsFor(names));
      });
    });
  }

  it('answers otherwise than a substring match where the README says so', async () => {
    for (const [port, column] of [
      [IMAP_FTS.port, 1],
      [IMAP.port, 2],
      [IMAP_MINIMAL.port, 2],
    ] as const) {
      await withDirectImap({ ...user, port }, async (imap) => {
        await imap.mailboxOpen('INBOX', { readOnly: true });
        for (const row of DIFFERENCES) {
          expect(await uidsOf(imap, row[0]), `${JSON.stringify(row[0])} on ${port}`).toEqual(uidsFor(row[column]));
        }
      });
    }
  });

  it('serves the app: GET /api/search on the fts server finds body words through the index', async () => {
    const app = await signedIn(user, IMAP_FTS.port);
    const response = await app.request('GET', '/api/search?q=marmalade%20OR%20body%3AGr%C3%BC%C3%9Fe');
    expect(response.status, JSON.stringify(response.json?.error)).toBe(200);
    const found = SearchResponse.parse(response.json);
    expect(found.messages.map((row) => row.uid).sort((a, b) => a - b)).toEqual(uidsFor(['qp', 'html']));
    expect(found.total).toBe(2);
  });
});
