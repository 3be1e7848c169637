import type { NamespacesObject } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { hintTargets } from '@/lib/live/hint-targets';

// Dovecot's namespaces here (scripts/imap/dovecot-config.ts): personal '', others' 'shared/<owner>/', public 'Public/'.
const namespaces = {
  personal: [{ prefix: '', delimiter: '/' }],
  other: [{ prefix: 'shared/', delimiter: '/' }],
  shared: [{ prefix: 'Public/', delimiter: '/' }],
} as unknown as NamespacesObject;

const at = (user: string, path: string, port = 1143) => ({ account: { user, host: '127.0.0.1', port }, path });
const watched = [
  at('alice', 'Team'),
  at('alice', 'INBOX'),
  at('bob', 'shared/alice/Team'),
  at('bob', 'Team'),
  at('carol', 'shared/Alice/Team'),
  at('dave', 'shared/alice/Team', 1147),
  at('bob', 'Public/Support'),
  at('carol', 'Public/Support'),
];
const names = (found: Array<{ account: { user: string }; path: string }>) =>
  found.map(({ account, path }) => `${account.user}:${path}`);

describe('which watched folders a push hint reaches', () => {
  it('a teammate’s change in alice’s Team reaches everyone on it, however each names it, on that server only', () => {
    const bob = { user: 'bob', host: '127.0.0.1', port: 1143 };
    expect(names(hintTargets(bob, ['shared/alice/Team'], watched, namespaces))).toEqual([
      'alice:Team',
      'bob:shared/alice/Team',
      'carol:shared/Alice/Team',
    ]);
  });

  it('the owner’s change reaches her teammates; her INBOX and bob’s own Team are other folders', () => {
    const alice = { user: 'alice', host: '127.0.0.1', port: 1143 };
    expect(names(hintTargets(alice, ['Team', 'INBOX'], watched, namespaces))).toEqual([
      'alice:Team',
      'alice:INBOX',
      'bob:shared/alice/Team',
      'carol:shared/Alice/Team',
    ]);
  });

  it('a public folder has one name for all', () => {
    const carol = { user: 'carol', host: '127.0.0.1', port: 1143 };
    expect(names(hintTargets(carol, ['Public/Support'], watched, namespaces))).toEqual([
      'bob:Public/Support',
      'carol:Public/Support',
    ]);
  });

  it('without the server’s namespaces only the user’s own names match', () => {
    const bob = { user: 'bob', host: '127.0.0.1', port: 1143 };
    expect(names(hintTargets(bob, ['shared/alice/Team', 'Team'], watched, undefined))).toEqual([
      'bob:shared/alice/Team',
      'bob:Team',
    ]);
  });
});
