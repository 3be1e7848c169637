/**
 * MIME body structures per message kind. Structures follow what common clients send:
 *   alternative:  multipart/alternative [text/plain, text/html] (RFC 2046 §5.1.4)
 *   inline-image: multipart/alternative [text/plain, multipart/related [text/html, image/png]]
 *                 (RFC 2387; the HTML points at the image with cid:, RFC 2392)
 *   attachment:   multipart/mixed [body, file...] (RFC 2046 §5.1.3)
 *   forward:      multipart/mixed [text/plain, message/rfc822] (RFC 2046 §5.2.1)
 */
import { attachmentPart } from './attachments';
import { BLOBS } from './blobs';
import { type CharsetSample, encodeCharset, type TransferEncoding } from './charsets';
import { escapeHtml, type Letter, renderHtml, renderText } from './content';
import { isAscii, type Leaf, leaf, type Multipart, type Part } from './mime-build';
import type { Rng } from './prng';
import type { SeededAttachment } from './types';

export interface Body {
  part: Part;
  attachments?: SeededAttachment[];
  charset?: string;
  transferEncoding?: string;
  expectedText?: string;
}

/** Boundaries begin with "=_" so they can never occur inside base64 or quoted-printable content. */
export function boundary(rng: Rng, tag: string): string {
  return `=_${tag}_${rng.hex(20)}`;
}

/** UTF-8 text: 7bit when ASCII, else the mix real clients use (mostly QP, some 8bit, some base64). */
export function textLeaf(text: string, rng: Rng, subtype: 'plain' | 'html' = 'plain'): Leaf {
  let encoding: TransferEncoding = 'quoted-printable';
  if (subtype === 'plain') {
    if (isAscii(text.replace(/\r\n/g, ''))) encoding = '7bit';
    else {
      const r = rng.next();
      encoding = r < 0.3 ? '8bit' : r < 0.8 ? 'quoted-printable' : 'base64';
    }
  }
  return leaf({ contentType: `text/${subtype}`, params: ['charset=UTF-8'], encoding, body: Buffer.from(text, 'utf8') });
}

export function plainBody(letter: Letter, rng: Rng): Body {
  return { part: textLeaf(renderText(letter), rng) };
}

export function alternativeBody(text: string, html: string | Part, rng: Rng): Multipart {
  const htmlPart = typeof html === 'string' ? textLeaf(html, rng, 'html') : html;
  return { subtype: 'alternative', boundary: boundary(rng, 'alt'), parts: [textLeaf(text, rng), htmlPart] };
}

export function letterBody(letter: Letter, rng: Rng, html: boolean): Body {
  return html ? { part: alternativeBody(renderText(letter), renderHtml(letter), rng) } : plainBody(letter, rng);
}

/** The HTML references the logo by Content-ID; the text part says the same without it. */
export function inlineImageBody(letter: Letter, rng: Rng, domain: string): Body {
  const cid = `logo.${rng.hex(12)}@${domain}`;
  const image = attachmentPart({
    filename: 'logo.png',
    contentType: 'image/png',
    blob: BLOBS.logo(),
    inline: { contentId: cid },
  });
  const img = `<p><img src="cid:${cid}" width="120" height="40" alt="${escapeHtml('New logo')}"></p>`;
  const related: Multipart = {
    subtype: 'related',
    boundary: boundary(rng, 'rel'),
    // RFC 2387 §3.1: `type` names the root part's media type.
    params: ['type="text/html"'],
    parts: [textLeaf(renderHtml(letter, img), rng, 'html'), image.leaf],
  };
  return { part: alternativeBody(renderText(letter), related, rng), attachments: [image.info] };
}

/** A text/plain part in a legacy charset; expectedText is what decoding must give back. */
export function charsetBody(sample: CharsetSample): Body {
  const part = leaf({
    contentType: 'text/plain',
    params: [`charset=${sample.charset}`],
    encoding: sample.encoding,
    body: encodeCharset(sample.text, sample.charset),
  });
  return { part, charset: sample.charset, transferEncoding: sample.encoding, expectedText: sample.text };
}

export function mixedBody(body: Part, files: Parameters<typeof attachmentPart>[0][], rng: Rng): Body {
  const built = files.map(attachmentPart);
  return {
    part: { subtype: 'mixed', boundary: boundary(rng, 'mix'), parts: [body, ...built.map((b) => b.leaf)] },
    attachments: built.map((b) => b.info),
  };
}

/**
 * A note with the original message attached whole, as "forward as attachment" sends it. No
 * file name: a reader names it for its subject. RFC 2046 §5.2.1 allows only 7bit, 8bit or
 * binary for message/rfc822; the inner message keeps its own encodings, so 8bit is enough.
 */
export function attachedMessageBody(note: string, original: Buffer, rng: Rng): Body {
  const attached = leaf({
    contentType: 'message/rfc822',
    encoding: '8bit',
    disposition: { type: 'attachment', params: [] },
    body: original,
  });
  return { part: { subtype: 'mixed', boundary: boundary(rng, 'fwd'), parts: [textLeaf(note, rng), attached] } };
}
