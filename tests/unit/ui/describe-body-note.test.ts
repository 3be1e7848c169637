import { describe, expect, it } from 'vitest';
import { BodyNote } from '@/lib/schemas/message-view';
import { describeBodyNote } from '@/lib/ui/describe-body-note';

const EVERY_NOTE: BodyNote[] = [
  { code: 'no-text' },
  { code: 'unknown-charset', args: { charset: 'x-unknown-42' } },
  { code: 'invalid-bytes' },
  { code: 'truncated', args: { shownBytes: 2 * 1024 * 1024 } },
  { code: 'too-many-parts' },
  { code: 'broken-structure' },
  { code: 'header-cut', args: { readBytes: 64 * 1024 } },
  { code: 'structure-read-raw' },
  { code: 'structure-unparsed', args: { reason: 'too-large', limitBytes: 1024 * 1024 } },
  { code: 'structure-unparsed', args: { reason: 'too-deep', limitBytes: 1024 * 1024 } },
  { code: 'structure-unparsed', args: { reason: 'unreadable', limitBytes: 1024 * 1024 } },
];

describe('describeBodyNote', () => {
  it('has a sentence for every code the schema allows', () => {
    const codes = BodyNote.options.map((option) => option.shape.code.value);
    expect([...new Set(EVERY_NOTE.map((note) => note.code))].sort()).toEqual([...codes].sort());
    for (const note of EVERY_NOTE) {
      const sentence = describeBodyNote(note);
      expect(sentence, note.code).toMatch(/^[A-Z].*\.$/);
      expect(sentence).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(new Set(EVERY_NOTE.map(describeBodyNote)).size).toBe(EVERY_NOTE.length);
  });

  it('keeps the sentences the reading pane has always shown', () => {
    expect(describeBodyNote({ code: 'header-cut', args: { readBytes: 65536 } })).toBe(
      'The header of this message is over 64 KB; only its start was read.',
    );
    expect(describeBodyNote({ code: 'no-text' })).toBe('This message has no text to show.');
    expect(describeBodyNote({ code: 'broken-structure' })).toContain('structure is broken');
    expect(describeBodyNote({ code: 'invalid-bytes' })).toContain('not valid in the character set');
    expect(describeBodyNote({ code: 'too-many-parts' })).toContain('more deeply nested');
  });

  it('names the charset and the sizes it is given', () => {
    expect(describeBodyNote({ code: 'unknown-charset', args: { charset: 'x-mac-klingon' } })).toContain('“x-mac-klingon”');
    expect(describeBodyNote({ code: 'truncated', args: { shownBytes: 2 * 1024 * 1024 } })).toContain(
      'only its first 2 MB are shown',
    );
    expect(describeBodyNote({ code: 'truncated', args: { shownBytes: 1536 * 1024 } })).toContain('first 1.5 MB');
    expect(describeBodyNote({ code: 'header-cut', args: { readBytes: 512 } })).toContain('over 512 bytes');
  });

  it('parses what the server sends and refuses a note it does not know', () => {
    expect(BodyNote.parse({ code: 'truncated', args: { shownBytes: 10 } })).toEqual({
      code: 'truncated',
      args: { shownBytes: 10 },
    });
    expect(BodyNote.safeParse({ code: 'truncated' }).success).toBe(false);
    expect(BodyNote.safeParse('This message has no text to show.').success).toBe(false);
  });
});
