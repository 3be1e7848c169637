import { describe, expect, it } from 'vitest';
import { composeHeader, parseComposeHeader } from '@/lib/compose/compose-header';

describe('X-Letterbox-Compose', () => {
  it('carries a draft’s links as one ASCII token, and back', () => {
    const links = { inReplyTo: 'MTIzLjQ1LklOQk9Y', forwardOf: 'NjcuODkuU2VudA', forwardAs: 'attachment' as const };
    const value = composeHeader(links);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseComposeHeader(value)).toEqual(links);
  });

  it('writes nothing for a draft that answers and forwards nothing', () => {
    expect(composeHeader({})).toBeNull();
    expect(composeHeader({ inReplyTo: undefined })).toBeNull();
  });

  it('reads a value that is not ours as no links, never as an error', () => {
    expect(parseComposeHeader(undefined)).toEqual({});
    expect(parseComposeHeader('not base64 json!')).toEqual({});
    expect(parseComposeHeader(Buffer.from('[1,2]').toString('base64url'))).toEqual({});
    const foreign = Buffer.from(JSON.stringify({ inReplyTo: 5, forwardAs: 'sideways', extra: 'x' })).toString('base64url');
    expect(parseComposeHeader(foreign)).toEqual({});
  });
});
