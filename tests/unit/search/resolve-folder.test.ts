import { describe, expect, it } from 'vitest';
import { type FolderEntry, resolveFolder, searchedEverywhere } from '@/lib/search/resolve-folder';

const FOLDERS: FolderEntry[] = [
  { path: 'INBOX', name: 'INBOX', specialUse: '\\Inbox' },
  { path: 'Sent Messages', name: 'Sent Messages', specialUse: '\\Sent' },
  { path: 'Deleted', name: 'Deleted', specialUse: '\\Trash' },
  { path: 'Spam', name: 'Spam', specialUse: '\\Junk' },
  { path: 'All Mail', name: 'All Mail', specialUse: '\\All' },
  { path: 'Work', name: 'Work' },
  { path: 'Work/Reports', name: 'Reports' },
  { path: 'Clients/Reports', name: 'Reports' },
  { path: 'Clients/Acme', name: 'Acme' },
];

describe('resolveFolder: what in:NAME means', () => {
  it.each([
    ['Work/Reports', 'Work/Reports'],
    ['inbox', 'INBOX'],
    ['sent', 'Sent Messages'],
    ['trash', 'Deleted'],
    ['bin', 'Deleted'],
    ['spam', 'Spam'],
    ['junk', 'Spam'],
    ['work', 'Work'],
    ['acme', 'Clients/Acme'],
    ['clients/acme', 'Clients/Acme'],
  ])('in:%s → %s', (name, path) => {
    expect(resolveFolder(FOLDERS, name)).toBe(path);
  });

  it('resolves a name two folders share to none, and an unknown one to none', () => {
    expect(resolveFolder(FOLDERS, 'reports')).toBeNull();
    expect(resolveFolder(FOLDERS, 'nowhere')).toBeNull();
    expect(resolveFolder(FOLDERS, 'archive')).toBeNull();
  });

  it('prefers a folder whose path is exactly the name over a special use of that everyday name', () => {
    const withSentFolder = [...FOLDERS, { path: 'sent', name: 'sent' }];
    expect(resolveFolder(withSentFolder, 'sent')).toBe('sent');
  });
});

describe('searchedEverywhere', () => {
  it('leaves out Trash, Junk and the \\All view, keeps the rest', () => {
    expect(FOLDERS.filter(searchedEverywhere).map((folder) => folder.path)).toEqual([
      'INBOX',
      'Sent Messages',
      'Work',
      'Work/Reports',
      'Clients/Reports',
      'Clients/Acme',
    ]);
  });
});
