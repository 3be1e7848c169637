import type { ImapFlow } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { uidMapByMessageId } from '@/lib/imap/move/uid-map-by-message-id';

/** A fake selected destination: `FETCH n:* (UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])` over these messages. */
function destination(messages: Array<[number, string]>): ImapFlow {
  return {
    async *fetch() {
      for (const [uid, id] of messages) yield { uid, headers: Buffer.from(`Message-ID: ${id}\r\n\r\n`) };
    },
  } as unknown as ImapFlow;
}

describe('uidMapByMessageId', () => {
  it('pairs each unique Message-ID with its arrival at or above the old UIDNEXT', async () => {
    const client = destination([
      [7, '<b>'], // `n:*` also names the last older message: below the floor, never paired
      [10, '<a>'],
      [11, '<b>'],
    ]);
    const source = new Map([
      [1, '<a>'],
      [2, '<b>'],
    ]);
    expect(await uidMapByMessageId(client, source, 10)).toEqual([
      [1, 10],
      [2, 11],
    ]);
  });

  it('pairs nothing for an id that is not unique on either side', async () => {
    const client = destination([
      [10, '<dup>'],
      [11, '<dup>'],
      [12, '<c>'],
      [13, '<c>'],
    ]);
    const source = new Map([
      [1, '<dup>'],
      [2, '<dup>'],
      [3, '<c>'],
    ]);
    expect(await uidMapByMessageId(client, source, 10)).toEqual([]);
  });
});
