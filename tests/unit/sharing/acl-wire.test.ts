import { describe, expect, it } from 'vitest';
import { aclPairs } from '@/lib/imap/commands/acl';
import { rightsOffered } from '@/lib/sharing/read-sharing';

const atom = (value: string) => ({ type: 'ATOM', value });

describe('the ACL wire format', () => {
  it('pairs identifiers with rights in an ACL response (RFC 4314 §3.6), literals included', () => {
    expect(aclPairs([atom('bob'), atom('eilrwtsd'), { type: 'LITERAL', value: Buffer.from('ana maria') }, atom('lr')])).toEqual([
      { identifier: 'bob', rights: 'eilrwtsd' },
      { identifier: 'ana maria', rights: 'lr' },
    ]);
    // A dangling identifier without rights is dropped, not paired with undefined.
    expect(aclPairs([atom('bob')])).toEqual([]);
  });

  it('offers the base rights plus RIGHTS=, in the order people read them, never c or d', () => {
    expect(rightsOffered(new Map([['RIGHTS=TEXK', true]]))).toBe('lrswipkxtea');
    expect(rightsOffered(new Map([['ACL', true]]))).toBe('lrswipa');
    expect(rightsOffered(new Map([['RIGHTS=texkcdz', true]]))).toBe('lrswipkxteaz');
  });
});
