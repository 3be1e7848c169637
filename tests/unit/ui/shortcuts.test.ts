import { describe, expect, it } from 'vitest';
import { allKeys, keyLabel, matchShortcut, SHORTCUTS, shortcutHint } from '@/lib/ui/shortcuts';

const id = (match: ReturnType<typeof matchShortcut>) => (match && 'shortcut' in match ? match.shortcut.id : match);

describe('shortcuts', () => {
  it('maps Gmail keys to actions', () => {
    expect(id(matchShortcut('e', null, false))).toBe('archive');
    expect(id(matchShortcut('#', null, false))).toBe('delete');
    expect(id(matchShortcut('I', null, false))).toBe('markRead');
    expect(id(matchShortcut('U', null, false))).toBe('markUnread');
    expect(id(matchShortcut('?', null, false))).toBe('help');
    expect(id(matchShortcut('/', null, false))).toBe('search');
    expect(id(matchShortcut('q', null, false))).toBeNull();
  });

  it('arrows, Enter, Home and End count only on the list', () => {
    expect(id(matchShortcut('ArrowDown', null, false))).toBeNull();
    expect(id(matchShortcut('ArrowDown', null, true))).toBe('next');
    expect(id(matchShortcut('End', null, true))).toBe('last');
    expect(id(matchShortcut('j', null, false))).toBe('next');
  });

  it('two-key sequences wait for their second key', () => {
    expect(matchShortcut('g', null, false)).toEqual({ pending: 'g' });
    expect(id(matchShortcut('i', 'g', false))).toBe('goInbox');
    expect(id(matchShortcut('a', '*', false))).toBe('selectAll');
    expect(id(matchShortcut('q', 'g', false))).toBeNull();
  });

  it('no key means two things', () => {
    const keys = SHORTCUTS.flatMap(allKeys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('labels keys for people', () => {
    expect(keyLabel('I')).toBe('Shift+I');
    expect(keyLabel('#')).toBe('#');
    expect(keyLabel('g i')).toBe('g then i');
    expect(shortcutHint('archive')).toBe('e');
  });
});
