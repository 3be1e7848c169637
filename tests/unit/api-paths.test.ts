import { describe, expect, it } from 'vitest';
import { apiPaths } from '@/lib/api-paths';

describe('apiPaths', () => {
  it('builds the message routes under one prefix', () => {
    expect(apiPaths.message('abc')).toBe('/api/messages/abc');
    expect(apiPaths.message('abc', { remote: true })).toBe('/api/messages/abc?remote=allow');
    expect(apiPaths.attachedMessage('abc', '2.1', { remote: true })).toBe('/api/messages/abc/attached/2.1?remote=allow');
    expect(apiPaths.part('abc', '1.2')).toBe('/api/messages/abc/parts/1.2');
    expect(apiPaths.raw('abc')).toBe('/api/messages/abc/raw');
    expect(apiPaths.seen('abc')).toBe('/api/messages/abc/seen');
    for (const path of [apiPaths.part('a', '1'), apiPaths.raw('a'), apiPaths.message('a')]) {
      expect(path.startsWith(apiPaths.partsScope())).toBe(true);
    }
  });

  it('builds the attachment routes', () => {
    expect(apiPaths.attachments()).toBe('/api/attachments');
    expect(apiPaths.attachment('a/b')).toBe('/api/attachments/a%2Fb');
    expect(apiPaths.uploads()).toBe('/api/attachments/uploads');
    expect(apiPaths.upload('abc')).toBe('/api/attachments/uploads/abc');
  });

  it('keeps a malformed id inside its own path segment', () => {
    expect(apiPaths.part('../session', '1')).toBe('/api/messages/..%2Fsession/parts/1');
    expect(apiPaths.messageList('a/b')).toBe('/api/mailboxes/a%2Fb/messages');
  });

  it('builds the live stream’s URL, with `since` only when there is one', () => {
    expect(apiPaths.events('SU5CT1g')).toBe('/api/events?mailboxId=SU5CT1g');
    expect(apiPaths.events('SU5CT1g', 'a+b/c')).toBe('/api/events?mailboxId=SU5CT1g&since=a%2Bb%2Fc');
  });

  it('adds the list query only when there is one', () => {
    expect(apiPaths.messageList('INBOX-id', new URLSearchParams({ limit: '50' }))).toBe(
      '/api/mailboxes/INBOX-id/messages?limit=50',
    );
    expect(apiPaths.messageList('INBOX-id', new URLSearchParams())).toBe('/api/mailboxes/INBOX-id/messages');
  });
});
