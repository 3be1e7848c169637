import { describe, expect, it } from 'vitest';
import { withoutBcc, withoutFields } from '@/lib/compose/without-bcc';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

describe('withoutBcc', () => {
  it('removes the Bcc field with its folded lines and nothing else', () => {
    const raw = crlf(['From: a@b', 'Bcc: x@y,', ' z@w,', '\tq@r', 'To: c@d', 'Subject: hi', '', 'body']);
    expect(withoutBcc(raw).toString('latin1')).toBe(['From: a@b', 'To: c@d', 'Subject: hi', '', 'body'].join('\r\n'));
  });

  it('matches the field name without case and with space before the colon', () => {
    const raw = crlf(['BCC : x@y', 'bcc:z@w', 'To: c@d', '', '']);
    expect(withoutBcc(raw).toString('latin1')).toBe('To: c@d\r\n\r\n');
  });

  it('never touches the body, nor a field that only starts like Bcc', () => {
    const raw = crlf(['Bcc-Note: keep', 'To: c@d', '', 'Bcc: in the body', ' folded']);
    expect(withoutBcc(raw).equals(raw)).toBe(true);
  });

  it('keeps 8-bit bytes of the header and body exactly', () => {
    const raw = Buffer.concat([
      Buffer.from('Subject: '),
      Buffer.from([0xc3, 0xa9, 0xff]),
      Buffer.from('\r\nBcc: x@y\r\n\r\n'),
      Buffer.from([0x00, 0xfe, 0x0d, 0x0a]),
    ]);
    const expected = Buffer.concat([
      Buffer.from('Subject: '),
      Buffer.from([0xc3, 0xa9, 0xff]),
      Buffer.from('\r\n\r\n'),
      Buffer.from([0x00, 0xfe, 0x0d, 0x0a]),
    ]);
    expect(withoutBcc(raw).equals(expected)).toBe(true);
  });

  it('handles LF-only messages and a message without a body', () => {
    expect(withoutBcc(Buffer.from('To: c@d\nBcc: x@y\n\nBcc: body\n')).toString()).toBe('To: c@d\n\nBcc: body\n');
    expect(withoutBcc(Buffer.from('To: c@d\r\nBcc: x@y\r\n')).toString()).toBe('To: c@d\r\n');
  });
});

describe('withoutFields', () => {
  it('drops the named fields, folded lines included, whatever their case, and keeps the others and the body', () => {
    const raw = Buffer.from(
      'From: a@b\r\nX-Letterbox-Send-At: 2026-12-07T10:00:00Z\r\nx-letterbox-compose: eyJ\r\n abc\r\nX-Letterbox-Other: keep\r\nSubject: s\r\n\r\nX-Letterbox-Send-At: in the body\r\n',
    );
    expect(withoutFields(raw, ['X-Letterbox-Send-At', 'X-Letterbox-Compose']).toString()).toBe(
      'From: a@b\r\nX-Letterbox-Other: keep\r\nSubject: s\r\n\r\nX-Letterbox-Send-At: in the body\r\n',
    );
  });
});
