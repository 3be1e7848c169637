import 'server-only';
import sanitizeHtml from 'sanitize-html';
import { limitDepth } from './limit-depth';
import { linkTarget } from './link-target';
import { sanitizeStyleAttribute, sanitizeStylesheet } from './sanitize-css';

export interface SanitizedHtml {
  html: string;
  /** Remote images removed (they would load from a third party and can track the reader). */
  remoteBlocked: number;
}

/** Raster images only: an SVG data URL can carry script. */
export const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i;

const TABLE_ATTRIBUTES = [
  'align',
  'valign',
  'width',
  'height',
  'colspan',
  'rowspan',
  'bgcolor',
  'border',
  'cellpadding',
  'cellspacing',
];

/**
 * First layer of the HTML defence (the sandboxed, CSP-locked iframe is the second): an
 * allow-list written for mail. No script, event handler, form, frame, object, base or meta
 * survives; links keep only absolute http(s)/mailto targets (link-target.ts) and open outside
 * the app; `cid:` pictures point at our parts endpoint. CSS, in `style=""` and `<style>`, is
 * filtered property by property (sanitize-css.ts). Remote images, CSS url()s, srcset and
 * background attributes are removed and counted until the reader allows remote content
 * (`allowRemote`).
 */
export function sanitizeMail(
  html: string,
  cidUrl: (contentId: string) => string | null,
  options: { allowRemote?: boolean } = {},
): SanitizedHtml {
  let remoteBlocked = 0;
  const resolve = (raw: string): string | null => {
    const url = raw.trim();
    if (/^cid:/i.test(url)) return cidUrl(safeDecode(url.slice(4)).replace(/^<|>$/g, ''));
    if (DATA_IMAGE.test(url)) return url;
    if (/^(https?:)?\/\//i.test(url)) {
      if (options.allowRemote && /^https?:/i.test(url)) return url;
      remoteBlocked += 1;
    }
    return null;
  };
  const urls = { resolve };
  const clean = sanitizeHtml(limitDepth(html), {
    allowedTags: [
      ...sanitizeHtml.defaults.allowedTags,
      'img',
      'center',
      'font',
      'span',
      'u',
      's',
      'del',
      'ins',
      'small',
      'big',
      'style',
    ],
    // <style> text is passed through by sanitize-html and filtered below, whole, by the CSS filter.
    allowVulnerableTags: true,
    allowedAttributes: {
      a: ['href', 'title', 'target', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      font: ['color', 'face', 'size'],
      table: TABLE_ATTRIBUTES,
      td: TABLE_ATTRIBUTES,
      th: TABLE_ATTRIBUTES,
      tr: TABLE_ATTRIBUTES,
      // class and id let the message's own (filtered) <style> rules apply; no script runs to misuse them.
      '*': ['dir', 'lang', 'align', 'title', 'style', 'class', 'id'],
      // A <style> element keeps no attribute: the filter below finds it as exactly `<style>`.
      style: [],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['data', 'http', 'https'] },
    allowProtocolRelative: false,
    parseStyleAttributes: false,
    transformTags: {
      // Only absolute http(s)/mailto hrefs stay (link-target.ts); any other link keeps its text and loses its target.
      a: (tagName, { href, ...attribs }) => {
        const target = href === undefined ? null : linkTarget(href);
        return {
          tagName,
          attribs: { ...attribs, ...(target ? { href: target } : {}), target: '_blank', rel: 'noopener noreferrer' },
        };
      },
      style: (tagName) => ({ tagName, attribs: {} }),
      img: (tagName, attribs) => {
        const { src = '', srcset, ...rest } = attribs;
        // srcset would pick among remote candidates; the one src is enough for mail.
        if (srcset && /(^|,)\s*(https?:)?\/\//i.test(srcset) && !options.allowRemote) remoteBlocked += 1;
        const resolved = resolve(src);
        return { tagName, attribs: resolved ? { ...rest, src: resolved } : { ...rest, alt: rest.alt ?? '' } };
      },
      // Every element: filter its style, and turn a legacy `background` image into CSS under the same rules.
      '*': (tagName, attribs) => {
        const { style, background, ...rest } = attribs;
        const image = background ? resolve(background) : null;
        const css = [style ?? '', image ? `background-image:url("${image.replace(/["\\\n]/g, '')}")` : '']
          .filter(Boolean)
          .join(';');
        const filtered = css ? sanitizeStyleAttribute(css, urls) : '';
        return { tagName, attribs: filtered ? { ...rest, style: filtered } : rest };
      },
    },
  });
  // sanitize-html keeps <style> text as written: each block goes through the CSS filter here.
  // Any attribute that slipped onto a <style> tag must not let its block skip the filter: match them all.
  const styled = clean.replace(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi, (_match, css: string) => {
    const filtered = sanitizeStylesheet(css, urls);
    return filtered ? `<style>${filtered}</style>` : '';
  });
  return { html: styled, remoteBlocked };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
