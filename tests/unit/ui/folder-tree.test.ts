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
    expect(tree.shared).toEqual([]);
  });

  it('lifts a nested special-use folder to the top group and keeps orphans visible', () => {
    const tree = buildFolderTree(
      [mailbox('INBOX'), mailbox('INBOX/Sent', { specialUse: '\\Sent' }), mailbox('Lost/Child')],
      'en',
    );
    expect(outline(tree.personal)).toEqual(['INBOX', 'INBOX/Sent', 'Lost/Child']);
  });

  it('shows what is inside a shared namespace root instead of the \\Noselect root itself', () => {
    const tree = buildFolderTree(
      [
        mailbox('INBOX'),
        mailbox('shared', { namespace: 'shared', flags: ['\\Noselect', '\\HasChildren'] }),
        mailbox('shared/bob', { namespace: 'shared', flags: ['\\Noselect', '\\HasChildren'] }),
        mailbox('shared/bob/INBOX', { namespace: 'shared' }),
      ],
      'en',
    );
    expect(outline(tree.shared)).toEqual([['shared/bob', ['shared/bob/INBOX']]]);
    expect(tree.shared[0]?.selectable).toBe(false);
  });

  it('labels INBOX the way people write it', () => {
    expect(folderLabel(mailbox('INBOX'))).toBe('Inbox');
    expect(folderLabel(mailbox('shared/bob/INBOX', { namespace: 'shared' }))).toBe('INBOX');
  });
});
