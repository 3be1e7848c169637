import { describe, expect, it } from 'vitest';
import {
  attachedMessageHref,
  listHref,
  mailboxIdFromPath,
  messageHref,
  messageIdFromPath,
  parseAttachedPart,
  parseListSort,
} from '@/lib/ui/mail-location';

describe('parseListSort', () => {
  it('reads a valid sort and order, and falls back to newest first', () => {
    expect(parseListSort(new URLSearchParams('sort=from&order=asc'))).toEqual({ sort: 'from', order: 'asc' });
    expect(parseListSort(new URLSearchParams(''))).toEqual({ sort: 'date', order: 'desc' });
    expect(parseListSort(new URLSearchParams('sort=cc&order=up'))).toEqual({ sort: 'date', order: 'desc' });
    expect(parseListSort(new URLSearchParams('order=asc&pane=folders'))).toEqual({ sort: 'date', order: 'asc' });
  });
});

describe('list and message URLs', () => {
  it('carry a non-default sort and nothing else', () => {
    expect(listHref('SU5CT1g')).toBe('/mail/SU5CT1g');
    expect(listHref('SU5CT1g', { sort: 'size', order: 'desc' })).toBe('/mail/SU5CT1g?sort=size&order=desc');
    expect(messageHref('SU5CT1g', 'MS4yLklOQk9Y')).toBe('/mail/SU5CT1g/MS4yLklOQk9Y');
    expect(messageHref('SU5CT1g', 'MS4yLklOQk9Y', { sort: 'date', order: 'asc' })).toBe(
      '/mail/SU5CT1g/MS4yLklOQk9Y?sort=date&order=asc',
    );
  });

  it('find the open message in a path', () => {
    expect(messageIdFromPath('/mail/SU5CT1g/MS4yLklOQk9Y')).toBe('MS4yLklOQk9Y');
    expect(messageIdFromPath('/mail/SU5CT1g/MS4yLklOQk9Y/')).toBe('MS4yLklOQk9Y');
    expect(messageIdFromPath('/mail/SU5CT1g')).toBeNull();
    expect(messageIdFromPath('/mail')).toBeNull();
    expect(messageIdFromPath('/mail/SU5CT1g/a/b')).toBeNull();
  });

  it('finds the folder in a list or message path, and nothing elsewhere', () => {
    expect(mailboxIdFromPath('/mail/SU5CT1g')).toBe('SU5CT1g');
    expect(mailboxIdFromPath('/mail/U2VudA/MS4yLklOQk9Y')).toBe('U2VudA');
    expect(mailboxIdFromPath('/mail/U2VudA/')).toBe('U2VudA');
    expect(mailboxIdFromPath('/mail')).toBeNull();
    expect(mailboxIdFromPath('/mailx/SU5CT1g')).toBeNull();
    expect(mailboxIdFromPath('/mail/bad id')).toBeNull();
  });
});

describe('attached messages', () => {
  it('round-trips the part through the URL, keeping the sort', () => {
    const href = attachedMessageHref('INBOX', 'm1', '2.1', { sort: 'from', order: 'asc' });
    expect(href).toBe('/mail/INBOX/m1?sort=from&order=asc&part=2.1');
    expect(parseAttachedPart(new URL(href, 'http://x').searchParams)).toBe('2.1');
    expect(messageIdFromPath(new URL(href, 'http://x').pathname)).toBe('m1');
  });

  it('ignores anything that is not a part number', () => {
    for (const bad of ['', '0', '2.', 'HEADER', '1.TEXT', '../x', '2;1']) {
      expect(parseAttachedPart(new URLSearchParams({ part: bad }))).toBeNull();
    }
    expect(parseAttachedPart(new URLSearchParams())).toBeNull();
  });
});
