import { describe, expect, it } from 'vitest';
import { mailboxId, mailboxPathFromId, messageId, messageRefFromId } from '@/lib/ids';

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

describe('message ids', () => {
  const ref = { path: 'Team Stuff/Child', uidValidity: 1795674558, uid: 4242 };

  it('round-trips mailbox, UIDVALIDITY and UID', () => {
    const id = messageId(ref);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(messageRefFromId(id)).toEqual(ref);
  });

  it('differs when only the UIDVALIDITY differs, so a stale id cannot name a new message', () => {
    expect(messageId({ ...ref, uidValidity: ref.uidValidity + 1 })).not.toBe(messageId(ref));
  });

  it.each([
    mailboxId('INBOX'),
    mailboxId('0.5.INBOX'),
    mailboxId('1.0.INBOX'),
    mailboxId('4294967296.1.INBOX'),
    mailboxId('1.2.'),
    'x',
  ])('rejects %s', (id) => {
    expect(messageRefFromId(id)).toBeNull();
  });
});
