import { describe, expect, it } from 'vitest';
import { myRightsFrom } from '@/lib/sharing/rights';
import { folderMenuItems, offersAny } from '@/lib/ui/folder-menu-items';
import { mailboxFixture } from '../../support/mailbox-fixture';

describe('folderMenuItems', () => {
  it('offers everything on an own folder, and Sharing only where the server has ACL', () => {
    expect(folderMenuItems(mailboxFixture('Work'), true)).toEqual({
      create: true,
      rename: true,
      delete: true,
      share: true,
      forget: false,
    });
    expect(folderMenuItems(mailboxFixture('Work'), false).share).toBe(false);
  });

  it('never renames or deletes INBOX, nor deletes a special-use folder', () => {
    expect(folderMenuItems(mailboxFixture('INBOX', { specialUse: '\\Inbox' }), true)).toMatchObject({
      rename: false,
      delete: false,
    });
    expect(folderMenuItems(mailboxFixture('Sent', { specialUse: '\\Sent' }), true)).toMatchObject({
      rename: true,
      delete: false,
    });
  });

  it('offers in a shared folder only what the rights allow', () => {
    const read = mailboxFixture('shared/ana/Team', { namespace: 'other', owner: 'ana', myRights: myRightsFrom('lrs') });
    expect(offersAny(folderMenuItems(read, true))).toBe(false);
    const admin = mailboxFixture('shared/ana/Team', { namespace: 'other', owner: 'ana', myRights: myRightsFrom('lrsa') });
    expect(folderMenuItems(admin, true)).toEqual({ create: false, rename: false, delete: false, share: true, forget: false });
    const manage = mailboxFixture('shared/ana/Team', { namespace: 'other', myRights: myRightsFrom('lrswipkxte') });
    expect(folderMenuItems(manage, true)).toEqual({ create: true, rename: true, delete: true, share: false, forget: false });
  });

  it('offers Remove from list, alone, on a folder opened by name with Read only', () => {
    const opened = mailboxFixture('shared/ana/Team', { namespace: 'other', openedByName: true, myRights: myRightsFrom('lrs') });
    expect(folderMenuItems(opened, true)).toEqual({ create: false, rename: false, delete: false, share: false, forget: true });
    expect(offersAny(folderMenuItems(opened, true))).toBe(true);
  });
});
