import 'server-only';
import { convert } from 'html-to-text';
import { sanitizeCompose } from '@/lib/html/sanitize-compose';

export interface ComposedBodies {
  /** Absent in plain-text mode: the message is then text/plain alone. */
  html?: string;
  /** The text/plain part, always present (RFC 2046 §5.1.4: the plainest alternative first). */
  text: string;
}

/**
 * The bodies of an outgoing message from what the editor sent: its HTML through the compose
 * allow-list, and a text/plain alternative for readers that show no HTML, derived from the
 * sanitized HTML unless the editor gave its own text. Wrapped at 78 characters (RFC 5322
 * §2.1.1's recommended line length); links read `text [url]`, images their alt text.
 */
export function composeBodies(input: { html?: string; text?: string }): ComposedBodies {
  if (input.html === undefined) return { text: input.text ?? '' };
  const html = sanitizeCompose(input.html);
  return { html, text: input.text ?? htmlToText(html) };
}

function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: 78,
    selectors: [
      { selector: 'a', options: { linkBrackets: ['[', ']'], hideLinkHrefIfSameAsText: true } },
      // A data: or cid: source means nothing in text; the alt text says what the picture was.
      { selector: 'img', format: 'altText' },
    ],
    formatters: {
      altText: (element, _walk, builder) => {
        const alt = typeof element.attribs?.alt === 'string' ? element.attribs.alt.trim() : '';
        if (alt) builder.addInline(`[${alt}]`);
      },
    },
  });
}
