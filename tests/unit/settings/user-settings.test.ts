import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsPatch } from '@/lib/schemas/settings';
import { parseStored } from '@/lib/settings/user-settings';

describe('parseStored', () => {
  it('answers the defaults when nothing, or something unreadable, is stored', () => {
    expect(parseStored(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseStored('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseStored('"a string"')).toEqual(DEFAULT_SETTINGS);
  });

  it('reads identities as objects of three strings, though their default list is empty', () => {
    const identity = { name: 'Ana', address: 'ana+x@letterbox.test', signature: '-- Ana' };
    expect(parseStored(JSON.stringify({ identities: [identity] })).identities).toEqual([identity]);
    expect(parseStored(JSON.stringify({ identities: ['ana@letterbox.test'] })).identities).toEqual([]);
    expect(parseStored(JSON.stringify({ identities: [{ name: 'Ana', address: 'a@b.test' }] })).identities).toEqual([]);
  });

  it('keeps the valid fields and replaces invalid ones with their default', () => {
    expect(parseStored('{"markSeenOnOpen":false}')).toEqual({ ...DEFAULT_SETTINGS, markSeenOnOpen: false });
    expect(parseStored('{"remoteContentSenders":["a@example.org"]}').remoteContentSenders).toEqual(['a@example.org']);
    expect(parseStored('{"remoteContentSenders":[1,"a@example.org"]}').remoteContentSenders).toEqual([]);
    expect(parseStored('{"markSeenOnOpen":"no","futureSetting":1}')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps stored labels, and drops a label list with a malformed entry', () => {
    const labels = [{ keyword: 'Urgent', name: 'Urgent', color: '#aa0000' }];
    expect(parseStored(JSON.stringify({ labels })).labels).toEqual(labels);
    const broken = [...labels, { keyword: 'x', name: 3, color: '#000000' }];
    expect(parseStored(JSON.stringify({ labels: broken })).labels).toEqual(DEFAULT_SETTINGS.labels);
    expect(parseStored(JSON.stringify({ labels: ['Urgent'] })).labels).toEqual(DEFAULT_SETTINGS.labels);
  });
});

describe('SettingsPatch', () => {
  it('refuses unknown keys and wrong types instead of storing them', () => {
    expect(SettingsPatch.safeParse({ markSeenOnOpen: false }).success).toBe(true);
    expect(SettingsPatch.safeParse({ markSeenOnOpen: 'false' }).success).toBe(false);
    expect(SettingsPatch.safeParse({ theme: 'dark' }).success).toBe(false);
    expect(SettingsPatch.safeParse({ remoteContentSenders: ['not an address'] }).success).toBe(false);
  });

  it('lower-cases and de-duplicates trusted senders', () => {
    const parsed = SettingsPatch.parse({ remoteContentSenders: ['News@Example.org', 'news@example.org '] });
    expect(parsed.remoteContentSenders).toEqual(['news@example.org']);
  });
});
