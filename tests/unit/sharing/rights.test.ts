import { describe, expect, it } from 'vitest';
import { expandRights, myRightsFrom, PRESET_RIGHTS, presetOf, withPreset } from '@/lib/sharing/rights';

const sorted = (letters: Set<string>) => [...letters].sort().join('');

describe('RFC 4314 rights', () => {
  it('drops the obsolete c and d beside the letters that replaced them (Dovecot stores lrswite as eilrwtsd)', () => {
    expect(sorted(expandRights('eilrwtsd'))).toBe('eilrstw');
    expect(sorted(expandRights('lrwstipekxacd'))).toBe('aeiklprstwx');
  });

  it('reads c as k and d as x, t and e from a server that knows only RFC 2086', () => {
    expect(sorted(expandRights('lrswicda'))).toBe('aeiklrstwx');
  });

  it('turns a rights string into JMAP myRights (RFC 8621 §2)', () => {
    expect(myRightsFrom('lrs')).toEqual({
      raw: 'lrs',
      mayReadItems: true,
      mayAddItems: false,
      mayRemoveItems: false,
      maySetSeen: true,
      maySetKeywords: false,
      mayCreateChild: false,
      mayRename: false,
      mayDelete: false,
      mayAdmin: false,
    });
    // Removing needs both t and e; reading needs both l and r.
    expect(myRightsFrom('lrwst')).toMatchObject({ mayRemoveItems: false, maySetKeywords: true });
    expect(myRightsFrom('lrwste')).toMatchObject({ mayRemoveItems: true });
    expect(myRightsFrom('l')).toMatchObject({ mayReadItems: false });
    expect(myRightsFrom('')).toMatchObject({ mayReadItems: false, maySetSeen: false, mayAdmin: false });
  });

  it('grants every right when the server was not asked (own folders, no ACL)', () => {
    const all = myRightsFrom(null);
    expect(all.raw).toBeNull();
    expect(Object.entries(all).filter(([key, value]) => key !== 'raw' && value !== true)).toEqual([]);
  });

  it('names the preset a stored entry amounts to, whatever the order and obsolete letters', () => {
    expect(presetOf('rsl')).toBe('read');
    expect(presetOf('eilrwtsd')).toBe('contribute');
    expect(presetOf('lrwstipekxacd')).toBe('admin');
    expect(presetOf('lrswipkxte')).toBe('manage');
    expect(presetOf('lr')).toBeNull();
    expect(presetOf('lrsX')).toBeNull();
    for (const [preset, letters] of Object.entries(PRESET_RIGHTS)) expect(presetOf(letters)).toBe(preset);
  });

  it('keeps letters it does not know when a preset replaces the rights', () => {
    expect(withPreset('lrsX9', 'triage')).toBe('lrswX9');
    expect(withPreset('eilrwtsd', 'read')).toBe('lrs');
  });
});
