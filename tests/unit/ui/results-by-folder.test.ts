import { describe, expect, it } from 'vitest';
import { mailboxId, messageId } from '@/lib/ids';
import type { SearchRow } from '@/lib/schemas/search';
import { byFolder, mailboxIdOfMessage } from '@/lib/ui/results-by-folder';
import { summaryRow } from '../client/support/summary-row';

function result(path: string, uidValidity: number, uid: number): SearchRow {
  return { ...summaryRow(uid), id: messageId({ path, uidValidity, uid }), mailboxId: mailboxId(path) };
}

describe('byFolder', () => {
  it('groups results by folder in the order the folders first appear, UIDs ascending and once each', () => {
    const rows = [result('INBOX', 7, 9), result('Archive', 3, 9), result('INBOX', 7, 2), result('INBOX', 7, 9)];
    expect(byFolder(rows)).toEqual([
      { mailboxId: mailboxId('INBOX'), uidValidity: 7, uids: [2, 9] },
      { mailboxId: mailboxId('Archive'), uidValidity: 3, uids: [9] },
    ]);
  });

  it('keeps rows listed under two UIDVALIDITYs of one folder apart: the older ones must be refused, not acted on', () => {
    const groups = byFolder([result('INBOX', 7, 1), result('INBOX', 8, 1)]);
    expect(groups.map((group) => group.uidValidity)).toEqual([7, 8]);
  });

  it('reads each folder from the row’s id, and leaves out an id that names none', () => {
    expect(mailboxIdOfMessage(result('Projects', 3, 4).id)).toBe(mailboxId('Projects'));
    expect(mailboxIdOfMessage(summaryRow(1).id)).toBeNull();
    expect(byFolder([summaryRow(1)])).toEqual([]);
  });
});
