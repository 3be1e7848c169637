import { describe, expect, it } from 'vitest';
import { buildFolderTree, type FolderNode, folderLabel } from '@/lib/ui/folder-tree';
import { mailboxFixture } from '../../support/mailbox-fixture';

const mailbox = mailboxFixture;

const outline = (nodes: FolderNode[]): unknown[] =>
  nodes.map((node) => (node.children.length ? [node.mailbox.path, outline(node.children)] : node.mailbox.path));

describe('buildFolderTree', () => {
  it('puts special-use folders first in the fixed order, then the rest nested and sorted', () => {
    const tree = buildFolderTree(
      [
        mailbox('zeta'),
        mailbox('Trash', { specialUse: '\\Trash' }),
        mailbox('Team Stuff/Child'),
        mailbox('INBOX'),
        mailbox('Sent', { specialUse: '\\Sent' }),
        mailbox('Team Stuff'),
        mailbox('Données clients'),
        mailbox('Drafts', { specialUse: '\\Drafts' }),
      ],
      'en',
    );
    expect(outline(tree.personal)).toEqual([
      'INBOX',
      'Drafts',
      'Sent',
      'Trash',
      'Données clients',
      ['Team Stuff', ['Team Stuff/Child']],
      'zeta',
    ]);
    expect(tree.otherUsers).toEqual([]);
    expect(tree.publicFolders).toEqual([]);
  });

  it('lifts a nested special-use folder to the top group and keeps orphans visible', () => {
    const tree = buildFolderTree(
      [mailbox('INBOX'), mailbox('INBOX/Sent', { specialUse: '\\Sent' }), mailbox('Lost/Child')],
      'en',
    );
    expect(outline(tree.personal)).toEqual(['INBOX', 'INBOX/Sent', 'Lost/Child']);
  });

  it('groups other users’ folders by owner, without the \\Noselect namespace root, apart from public folders', () => {
    const tree = buildFolderTree(
      [
        mailbox('INBOX'),
        mailbox('shared', { namespace: 'other', flags: ['\\Noselect', '\\HasChildren'] }),
        mailbox('shared/bob', { namespace: 'other', flags: ['\\Noselect', '\\HasChildren'] }),
        mailbox('shared/bob/INBOX', { namespace: 'other', owner: 'bob' }),
        mailbox('shared/ana', { namespace: 'other', flags: ['\\Noselect', '\\HasChildren'] }),
        mailbox('shared/ana/Team', { namespace: 'other', owner: 'ana' }),
        mailbox('Public', { namespace: 'shared', flags: ['\\Noselect', '\\HasChildren'] }),
        mailbox('Public/Support', { namespace: 'shared' }),
      ],
      'en',
    );
    expect(outline(tree.otherUsers)).toEqual([
      ['shared/ana', ['shared/ana/Team']],
      ['shared/bob', ['shared/bob/INBOX']],
    ]);
    expect(tree.otherUsers[0]?.selectable).toBe(false);
    expect(outline(tree.publicFolders)).toEqual(['Public/Support']);
    expect(outline(tree.personal)).toEqual(['INBOX']);
  });

  it('labels INBOX the way people write it', () => {
    expect(folderLabel(mailbox('INBOX'))).toBe('Inbox');
    expect(folderLabel(mailbox('shared/bob/INBOX', { namespace: 'shared' }))).toBe('INBOX');
  });
});
