import 'server-only';
import sanitizeHtml from 'sanitize-html';
import { limitDepth } from './limit-depth';
import { linkTarget } from './link-target';
import { DATA_IMAGE } from './sanitize-mail';

/**
 * What a message written in Letterbox may hold: the markup a rich-text editor produces and
 * nothing else. Narrower than sanitize-mail.ts (which must show what others send): no tables,
 * classes, `<style>` or remote images, since our own editor makes none, and whatever else
 * arrives (a paste, an API client) is turned into text rather than sent to recipients.
 *
 * - links: absolute http(s)/mailto only (link-target.ts), else the text stays without its link;
 * - images: `cid:` (an inline part of this message) or a raster `data:` URL (no SVG, which
 *   can carry script); an image with any other source is removed;
 * - style: a few text properties, each value matched whole, so no url() or expression()
 *   can pass; `<div>` (what contenteditable makes of a line) becomes `<p>`.
 */
const COLOR = [/^#[0-9a-f]{3,8}$/i, /^rgba?\([\d\s.,%/]{1,60}\)$/i, /^[a-z]{3,30}$/i];
const TEXT_STYLES = {
  color: COLOR,
  'background-color': COLOR,
  'text-align': [/^(left|right|center|justify|start|end)$/i],
  'font-weight': [/^(normal|bold|bolder|lighter|[1-9]00)$/i],
  'font-style': [/^(normal|italic|oblique)$/i],
  'text-decoration': [/^(none|(underline|line-through|overline)(\s+(underline|line-through|overline)){0,2})$/i],
};
const TAGS = 'p br b strong i em u s a ul ol li blockquote pre code h1 h2 h3 hr img span'.split(' ');
const STYLED = ['p', 'span', 'h1', 'h2', 'h3'];
const DIR = { name: 'dir', multiple: false, values: ['ltr', 'rtl', 'auto'] };

export function sanitizeCompose(html: string): string {
  return sanitizeHtml(limitDepth(html), {
    allowedTags: TAGS,
    allowedAttributes: {
      a: ['href'],
      img: ['src', 'alt', 'width', 'height'],
      ...Object.fromEntries(STYLED.map((tag) => [tag, ['style', DIR]])),
      '*': [DIR],
    },
    allowedStyles: Object.fromEntries(STYLED.map((tag) => [tag, TEXT_STYLES])),
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['cid', 'data'] },
    allowProtocolRelative: false,
    // Their content is code or chrome, never text the writer meant to send.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template', 'iframe', 'object', 'head'],
    transformTags: {
      div: 'p',
      strike: 's',
      del: 's',
      a: (tagName, { href }) => {
        const target = href === undefined ? null : linkTarget(href);
        const attribs: sanitizeHtml.Attributes = target ? { href: target } : {};
        return { tagName, attribs };
      },
      img: (tagName, { src = '', ...rest }) => {
        const url = src.trim();
        const allowed = /^cid:[^\s"'<>]+$/i.test(url) || DATA_IMAGE.test(url);
        return { tagName, attribs: allowed ? { ...rest, src: url } : rest };
      },
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  });
}
