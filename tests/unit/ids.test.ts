import { describe, expect, it } from 'vitest';
import { mailboxId, mailboxPathFromId } from '@/lib/ids';

describe('mailbox ids', () => {
  it.each(['INBOX', 'Team Stuff/Child', 'Données clients', 'Приходящие', '日本語/子', 'a+b=c?d#e%f'])(
    'round-trips %s',
    (path) => {
      const id = mailboxId(path);
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(mailboxPathFromId(id)).toBe(path);
    },
  );

  it('never contains the delimiter, spaces or percent signs', () => {
    expect(mailboxId('Team Stuff/Child')).not.toMatch(/[\s/%]/);
  });

  it.each(['', 'not base64!', 'SU5CT1g=', 'SU5CT1h', '_w', 'A'.repeat(3000)])('rejects malformed id %j', (id) => {
    expect(mailboxPathFromId(id)).toBeNull();
  });
});
