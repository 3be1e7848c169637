/**
 * Body text for seeded mail: paragraphs drawn from the word lists, rendered as
 * text/plain (wrapped at 72 columns, the netiquette width) and as HTML. Every line
 * stays far below the 998-byte limit of RFC 5322 §2.1.1, even as 4-byte UTF-8.
 */
import type { FolderStyle } from './folders';
import { Rng } from './prng';
import { GREETINGS, HEADLINES, SENTENCES, SIGN_OFFS, UNICODE_SENTENCES } from './words';

const CRLF = '\r\n';

/** The body paragraphs of one message: pure, so a reply can quote its parent without generating it. */
export function paragraphsFor(seed: number, folder: string, index: number, style: FolderStyle): string[] {
  const rng = Rng.from(`${seed}|${folder}|${index}|body`);
  const count = rng.range(1, 4);
  const unicode = style === 'intl' || rng.chance(0.2);
  const paras: string[] = [];
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    const n = rng.range(1, 3);
    for (let s = 0; s < n; s++) {
      sentences.push(
        unicode && (style === 'intl' || s === 0) && rng.chance(0.6) ? rng.pick(UNICODE_SENTENCES) : rng.pick(SENTENCES),
      );
    }
    paras.push(sentences.join(' '));
  }
  return paras;
}

/** Greedy word wrap by code points; a single over-long word stays whole on its line. */
export function wrap(text: string, width = 72): string[] {
  const lines: string[] = [];
  let line = '';
  let len = 0;
  for (const word of text.split(' ')) {
    // Code points, not UTF-16 units: an emoji is one column. Counting per word keeps this linear.
    let wlen = 0;
    for (const _ of word) wlen++;
    if (line && len + 1 + wlen <= width) {
      line += ` ${word}`;
      len += 1 + wlen;
    } else {
      if (line) lines.push(line);
      line = word;
      len = wlen;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface Letter {
  greeting: string;
  paragraphs: string[];
  signOff: string;
  signer: string;
  /** Attribution and quoted paragraphs of the message being answered. */
  quote?: { attribution: string; paragraphs: string[] };
}

export function letterFor(rng: Rng, recipientName: string, signer: string, paragraphs: string[]): Letter {
  const first = recipientName.split(' ')[0] ?? recipientName;
  return { greeting: `${rng.pick(GREETINGS)} ${first},`, paragraphs, signOff: rng.pick(SIGN_OFFS), signer };
}

export function renderText(l: Letter): string {
  const out: string[] = [l.greeting, ''];
  for (const p of l.paragraphs) out.push(...wrap(p), '');
  out.push(l.signOff, l.signer);
  if (l.quote) {
    out.push('', l.quote.attribution);
    l.quote.paragraphs.forEach((p, i) => {
      if (i > 0) out.push('>');
      out.push(...wrap(p, 70).map((line) => `> ${line}`));
    });
  }
  return out.join(CRLF) + CRLF;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const htmlPara = (p: string) => `<p>${wrap(escapeHtml(p), 76).join(CRLF)}</p>`;

/** HTML twin of renderText; `extra` lets callers add e.g. an inline <img>. */
export function renderHtml(l: Letter, extra = ''): string {
  const parts = [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"></head>',
    '<body style="font-family: Helvetica, Arial, sans-serif; font-size: 14px;">',
    `<p>${escapeHtml(l.greeting)}</p>`,
    ...l.paragraphs.map(htmlPara),
    extra,
    `<p>${escapeHtml(l.signOff)}<br>${CRLF}<b>${escapeHtml(l.signer)}</b></p>`,
  ];
  if (l.quote) {
    parts.push(`<div class="quote">${escapeHtml(l.quote.attribution)}<br>`, '<blockquote type="cite">');
    parts.push(...l.quote.paragraphs.map(htmlPara), '</blockquote></div>');
  }
  parts.push('</body></html>');
  return parts.filter(Boolean).join(CRLF) + CRLF;
}

export interface Newsletter {
  text: string;
  html: string;
  headline: string;
}

/**
 * A newsletter issue. The HTML carries a remote banner and a tracking pixel on
 * example.com hosts, as real newsletters do, so a reader's remote-content blocking
 * has something to block.
 */
export function newsletterFor(rng: Rng, title: string, issue: number): Newsletter {
  const items = [rng.pick(HEADLINES), rng.pick(HEADLINES), rng.pick(HEADLINES)];
  const blurbs = items.map(() => `${rng.pick(SENTENCES)} ${rng.pick(SENTENCES)}`);
  const text = [
    `${title} – issue #${issue}`,
    '',
    ...items.flatMap((h, i) => [
      h.toUpperCase(),
      ...wrap(blurbs[i] as string),
      `Read more: https://news.example.com/${issue}/${i + 1}`,
      '',
    ]),
    'You receive this because you subscribed. Unsubscribe: https://news.example.com/unsubscribe',
  ].join(CRLF);
  const html = [
    '<!DOCTYPE html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;background:#f4f4f4;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
    '<table role="presentation" width="600" style="background:#ffffff;font-family:Georgia,serif;">',
    `<tr><td><img src="https://cdn.example.com/banners/${issue % 7}.png"` +
      ` width="600" height="120" alt="${escapeHtml(title)}"></td></tr>`,
    ...items.flatMap((h, i) => [
      `<tr><td style="padding:16px;"><h2 style="margin:0 0 8px 0;">${escapeHtml(h)}</h2>`,
      `<p>${wrap(escapeHtml(blurbs[i] as string), 76).join(CRLF)}</p>`,
      `<a href="https://news.example.com/${issue}/${i + 1}">Read more &rarr;</a></td></tr>`,
    ]),
    '<tr><td style="padding:16px;font-size:11px;color:#888;">',
    'You receive this because you subscribed. <a href="https://news.example.com/unsubscribe">Unsubscribe</a>',
    `<img src="https://track.example.com/open/${issue}.gif" width="1" height="1" alt=""></td></tr>`,
    '</table></td></tr></table></body></html>',
  ].join(CRLF);
  return { text: text + CRLF, html: html + CRLF, headline: items[0] as string };
}
