import { randomBytes } from 'node:crypto';

/**
 * A message of three parts: text, `report.pdf` (base64) and `note.txt` (quoted-printable, "Ünïcødé
 * note" with no line break: the CRLF before a boundary belongs to the boundary, RFC 2046 §5.1.1).
 * A base64 part followed by a quoted-printable one is the shape for which Dovecot 2.3 misreports
 * BINARY.SIZE (binary-size.test.ts). Parts 2 and 3 are the files.
 */
export function pdfAndNote(pdf: Buffer): string {
  const boundary = 'b-pdf-and-note';
  return [
    `From: Eve <eve@example.org>\r\nSubject: Two files\r\nMessage-ID: <${randomBytes(6).toString('hex')}@example.org>`,
    `MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}`,
    `Content-Type: text/plain\r\n\r\nSee the files.\r\n--${boundary}`,
    'Content-Type: application/pdf; name="report.pdf"\r\nContent-Disposition: attachment; filename="report.pdf"',
    `Content-Transfer-Encoding: base64\r\n\r\n${pdf.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n--${boundary}`,
    'Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename="note.txt"',
    `Content-Transfer-Encoding: quoted-printable\r\n\r\n=C3=9Cn=C3=AFc=C3=B8d=C3=A9 note\r\n--${boundary}--\r\n`,
  ].join('\r\n');
}

/** note.txt's decoded bytes. */
export const NOTE = Buffer.from('Ünïcødé note');
