import { describe, expect, it } from 'vitest';
import { unreadTitle } from '@/lib/ui/unread-title';

describe('unreadTitle', () => {
  it('puts the Inbox’s unread count in front of the page’s title, and keeps the title otherwise', () => {
    expect(unreadTitle('Letterbox', 3)).toBe('(3) Inbox · Letterbox');
    expect(unreadTitle('Letterbox', 0)).toBe('Letterbox');
    expect(unreadTitle('Letterbox', null)).toBe('Letterbox');
    expect(unreadTitle('Letterbox', undefined)).toBe('Letterbox');
  });
});
