import 'server-only';
import { limitDepth } from './limit-depth';
import sanitizeHtml from 'sanitize-html';

export interface SanitizedHtml {
  html: string;
  /** Remote images removed (they would load from a third party and can track the reader). */
  remoteBlocked: number;
}

/** Raster images only: an SVG data URL can carry script. */
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i;

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
 * survives; links open outside the app; `cid:` pictures point at our parts endpoint;
 * remote images are removed until the reader allows them (`allowRemote`). Inline CSS is dropped for now:
 * property-by-property filtering with a CSS parser arrives with the security issue.
 */
export function sanitizeMail(
  html: string,
  cidUrl: (contentId: string) => string | null,
  options: { allowRemote?: boolean } = {},
): SanitizedHtml {
  let remoteBlocked = 0;
  const clean = sanitizeHtml(limitDepth(html), {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'center', 'font', 'span', 'u', 's', 'del', 'ins', 'small', 'big'],
    allowedAttributes: {
      a: ['href', 'title', 'target', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      font: ['color', 'face', 'size'],
      table: TABLE_ATTRIBUTES,
      td: TABLE_ATTRIBUTES,
      th: TABLE_ATTRIBUTES,
      tr: TABLE_ATTRIBUTES,
      '*': ['dir', 'lang', 'align', 'title'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    // Remote img sources only survive the transform below when the reader allowed them.
    allowedSchemesByTag: { img: ['data', 'http', 'https'] },
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer' } }),
      img: (tagName, attribs) => {
        const { src = '', ...rest } = attribs;
        if (/^cid:/i.test(src)) {
          const url = cidUrl(decodeURIComponent(src.slice(4)).replace(/^<|>$/g, ''));
          return { tagName, attribs: url ? { ...rest, src: url } : rest };
        }
        if (DATA_IMAGE.test(src)) return { tagName, attribs: { ...rest, src } };
        if (/^https?:\/\//i.test(src) && options.allowRemote) return { tagName, attribs: { ...rest, src } };
        if (/^(https?:)?\/\//i.test(src)) remoteBlocked += 1;
        return { tagName, attribs: { ...rest, alt: rest.alt ?? '' } };
      },
    },
  });
  return { html: clean, remoteBlocked };
}
