import { describe, expect, it } from 'vitest';
import { parseContentRange } from '@/lib/attachments/content-range';
import { attachmentContentType } from '@/lib/attachments/content-type';
import { displayFilename } from '@/lib/attachments/display-filename';

describe('displayFilename', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd\r\n', 'passwd'],
    ['C:\\Users\\me\\photo.jpg', 'photo.jpg'],
    ['a\u0000b\u0007c.txt', 'abc.txt'],
    ['evil\u202Egpj.exe', 'evilgpj.exe'],
    ['  spaced.txt  ', 'spaced.txt'],
    ['e\u0301te\u0301.txt', 'été.txt'],
  ])('shows %j as %j', (raw, shown) => {
    expect(displayFilename(raw)).toBe(shown);
  });

  it.each(['', '   ', '..', '.', 'dir/', '\r\n', '\u202E'])('finds no name in %j', (raw) => {
    expect(displayFilename(raw)).toBeNull();
  });

  it('caps a long name by code point and keeps its extension', () => {
    const name = displayFilename(`${'😀'.repeat(300)}.pdf`);
    expect(Array.from(name ?? '')).toHaveLength(255);
    expect(name?.endsWith('😀.pdf')).toBe(true);
    expect(Array.from(displayFilename('x'.repeat(300)) ?? '')).toHaveLength(255);
  });
});

describe('attachmentContentType', () => {
  it.each([
    ['image/PNG', 'image/png'],
    ['text/plain; charset=utf-8', 'text/plain'],
    [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['', 'application/octet-stream'],
    [undefined, 'application/octet-stream'],
    ['pdf', 'application/octet-stream'],
    ['text/html\r\nBcc: x@y', 'application/octet-stream'],
    ['a/b/c', 'application/octet-stream'],
  ])('reads %j as %j', (raw, type) => {
    expect(attachmentContentType(raw)).toBe(type);
  });
});

describe('parseContentRange', () => {
  it('reads a complete range', () => {
    expect(parseContentRange('bytes 0-99/1000')).toEqual({ start: 0, end: 99, total: 1000 });
    expect(parseContentRange('bytes 999-999/1000')).toEqual({ start: 999, end: 999, total: 1000 });
  });

  it.each([null, '', 'bytes 0-99/*', 'bytes */1000', 'bytes 100-99/1000', 'bytes 0-1000/1000', 'items 0-1/2', 'bytes -1-5/10'])(
    'refuses %j',
    (value) => {
      expect(parseContentRange(value)).toBeNull();
    },
  );
});
