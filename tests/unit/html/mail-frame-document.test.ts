import { describe, expect, it } from 'vitest';
import { mailFrameDocument } from '@/lib/html/mail-frame-document';

const cspOf = (document: string) => /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(document)?.[1] ?? '';

describe('mailFrameDocument', () => {
  it('locks the frame down: nothing but our own images and inline styles', () => {
    const csp = cspOf(mailFrameDocument('<p>hi</p>', { allowRemote: false }));
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("img-src 'self' data:;");
    expect(csp).toMatch(/font-src 'none'.*frame-src 'none'.*form-action 'none'.*base-uri 'none'/);
    expect(csp).not.toMatch(/script-src|https:|http:/);
  });

  it("limits images to the app's parts endpoint when it knows the app's origin", () => {
    const csp = cspOf(mailFrameDocument('', { allowRemote: false, origin: 'https://mail.example.org' }));
    expect(csp).toContain('img-src https://mail.example.org/api/messages/ data:;');
  });

  it('lets remote images in only once the reader allowed them', () => {
    expect(cspOf(mailFrameDocument('', { allowRemote: true }))).toContain("img-src 'self' data: https: http:");
  });

  it('puts the CSP and no-referrer before the message, and the message in the body', () => {
    const document = mailFrameDocument('<p>hello</p>', { allowRemote: false });
    expect(document.indexOf('Content-Security-Policy')).toBeLessThan(document.indexOf('<p>hello</p>'));
    expect(document).toContain('<meta name="referrer" content="no-referrer">');
    expect(document).toMatch(/<body><p>hello<\/p><\/body>/);
  });
});
