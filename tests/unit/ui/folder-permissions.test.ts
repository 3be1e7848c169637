import { describe, expect, it } from 'vitest';
import { myRightsFrom } from '@/lib/sharing/rights';
import { ALL_PERMITTED, permissionsOf } from '@/lib/ui/folder-permissions';

describe('permissionsOf', () => {
  it('maps RFC 4314 rights onto the message actions', () => {
    expect(permissionsOf(myRightsFrom('lrs'))).toEqual({ remove: false, seen: true, keywords: false });
    expect(permissionsOf(myRightsFrom('lrsw'))).toEqual({ remove: false, seen: true, keywords: true });
    expect(permissionsOf(myRightsFrom('lrswite'))).toEqual({ remove: true, seen: true, keywords: true });
    // t without e: a message could be marked deleted but never leave, so no delete or move.
    expect(permissionsOf(myRightsFrom('lrwst')).remove).toBe(false);
  });

  it('permits everything in a folder the list does not know (yet)', () => {
    expect(permissionsOf(undefined)).toEqual(ALL_PERMITTED);
  });
});
