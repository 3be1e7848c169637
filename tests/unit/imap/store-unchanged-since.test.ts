import type { ImapFlow, MailboxObject } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { assertKeywordsAllowed } from '@/lib/imap/assert-keywords-allowed';
import type { Features } from '@/lib/imap/connection/capabilities';
import type { ImapLease } from '@/lib/imap/connection/pool';
import { assertConditionalStore, storeUnchangedSince } from '@/lib/imap/store-unchanged-since';

interface Sent {
  command: string;
  attributes: unknown[];
}

/**
 * A lease whose connection answers each STORE's tagged OK with `[MODIFIED <set>]` when
 * `modified` names one, the way Dovecot does (probed: `A7 OK [MODIFIED 1:3] Conditional store
 * failed`), and FETCH with the given flags and modseqs.
 */
function fakeLease(messages: Array<{ uid: number; flags: string[]; modseq: bigint }>, modified: (set: string) => string | null) {
  const sent: Sent[] = [];
  const client = {
    enabled: new Set(['CONDSTORE']),
    async fetchAll() {
      return messages.map((message) => ({ ...message, flags: new Set(message.flags) }));
    },
    async exec(command: string, attributes: Array<{ value?: unknown }>) {
      sent.push({ command, attributes });
      const set = modified(String(attributes[0]?.value));
      const code = set
        ? [
            {
              type: 'ATOM',
              value: '',
              section: [
                { type: 'ATOM', value: 'MODIFIED' },
                { type: 'SEQUENCE', value: set },
              ],
            },
          ]
        : [];
      return { response: { attributes: [...code, { type: 'TEXT', value: 'done' }] }, next: () => {} };
    },
  } as unknown as ImapFlow;
  const lease: ImapLease = {
    client,
    features: { condstore: true } as Features,
    account: { sessionId: 's', user: 'u', password: 'p', host: '127.0.0.1', port: 1143, tls: 'false' },
    write: (command) => command(),
  };
  return { lease, sent };
}

const tokens = (attributes: unknown[]) => JSON.stringify(attributes);

describe('storeUnchangedSince', () => {
  it('sends one +FLAGS STORE with UNCHANGEDSINCE and answers the UIDs of the MODIFIED code', async () => {
    const { lease, sent } = fakeLease([], () => '2,4:5');
    expect(await storeUnchangedSince(lease, '1:5', '40', { add: ['\\Flagged'], remove: [] })).toEqual([2, 4, 5]);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.command).toBe('UID STORE');
    expect(tokens(sent[0]?.attributes ?? [])).toBe(
      tokens([
        { type: 'SEQUENCE', value: '1:5' },
        [
          { type: 'ATOM', value: 'UNCHANGEDSINCE' },
          { type: 'ATOM', value: '40' },
        ],
        { type: 'ATOM', value: '+FLAGS' },
        [{ type: 'ATOM', value: '\\Flagged' }],
      ]),
    );
  });

  it('adds and removes as one replacing FLAGS STORE per resulting list, skipping what changed since', async () => {
    const { lease, sent } = fakeLease(
      [
        { uid: 1, flags: ['\\Seen', '\\Recent'], modseq: 10n },
        { uid: 2, flags: ['\\Seen'], modseq: 50n },
        { uid: 3, flags: ['\\Seen', '$label1'], modseq: 12n },
        { uid: 4, flags: [], modseq: 11n },
      ],
      () => null,
    );
    expect(await storeUnchangedSince(lease, '1:4', '40', { add: ['\\Flagged'], remove: ['\\Seen'] })).toEqual([2]);
    const stores = sent.map(({ attributes }) => JSON.parse(tokens(attributes)));
    expect(stores).toEqual([
      [
        { type: 'SEQUENCE', value: '1,4' },
        [
          { type: 'ATOM', value: 'UNCHANGEDSINCE' },
          { type: 'ATOM', value: '11' },
        ],
        { type: 'ATOM', value: 'FLAGS' },
        [{ type: 'ATOM', value: '\\Flagged' }],
      ],
      [
        { type: 'SEQUENCE', value: '3' },
        [
          { type: 'ATOM', value: 'UNCHANGEDSINCE' },
          { type: 'ATOM', value: '12' },
        ],
        { type: 'ATOM', value: 'FLAGS' },
        [
          { type: 'ATOM', value: '$label1' },
          { type: 'ATOM', value: '\\Flagged' },
        ],
      ],
    ]);
  });

  it('reports a message another client changed between its FETCH and its STORE (the server’s MODIFIED)', async () => {
    const { lease } = fakeLease(
      [
        { uid: 1, flags: ['\\Seen'], modseq: 10n },
        { uid: 2, flags: ['\\Seen'], modseq: 10n },
      ],
      () => '2',
    );
    expect(await storeUnchangedSince(lease, '1:2', '40', { add: ['\\Flagged'], remove: ['\\Seen'] })).toEqual([2]);
  });
});

describe('assertConditionalStore and assertKeywordsAllowed', () => {
  it('refuses UNCHANGEDSINCE without CONDSTORE or in a NOMODSEQ mailbox', () => {
    const { lease } = fakeLease([], () => null);
    expect(() => assertConditionalStore(lease)).not.toThrow();
    expect(() => assertConditionalStore({ ...lease, features: { condstore: false } as Features })).toThrow(/CONDSTORE/);
    expect(() => assertConditionalStore(lease, { noModseq: true } as MailboxObject)).toThrow(/CONDSTORE/);
  });

  it('offers new keywords only where PERMANENTFLAGS has \\*, naming the refused ones', () => {
    const limited = { permanentFlags: new Set(['\\Seen', '\\Flagged', '$label1']) } as MailboxObject;
    expect(() => assertKeywordsAllowed(limited, ['\\Seen', '$label1'])).not.toThrow();
    expect(() => assertKeywordsAllowed(limited, ['\\Seen', 'Project-X'])).toThrow(/cannot keep Project-X/);
    const open = { permanentFlags: new Set(['\\Seen', '\\*']) } as MailboxObject;
    expect(() => assertKeywordsAllowed(open, ['Project-X'])).not.toThrow();
  });
});
