import 'server-only';
import * as csstree from 'css-tree';

/** What a URL in mail CSS may become; the same rules as for <img src> (sanitize-mail.ts). */
export interface CssUrls {
  /** A part of this message for `cid:`, the remote URL when allowed, a raster data: URL, or null (drop). */
  resolve(url: string): string | null;
}

/**
 * Properties mail needs for layout and type, and nothing that positions content outside
 * its flow (an overlay that imitates the app), runs code (`expression()`, `behavior`,
 * `-moz-binding`) or loads anything but through a URL the resolver allowed.
 */
const ALLOWED = new Set(
  `color background background-color background-image background-repeat background-position background-size
  border border-top border-right border-bottom border-left border-color border-style border-width border-radius
  border-top-color border-right-color border-bottom-color border-left-color border-top-style border-right-style
  border-bottom-style border-left-style border-top-width border-right-width border-bottom-width border-left-width
  border-top-left-radius border-top-right-radius border-bottom-left-radius border-bottom-right-radius
  border-collapse border-spacing outline outline-color outline-style outline-width
  margin margin-top margin-right margin-bottom margin-left padding padding-top padding-right padding-bottom padding-left
  width height min-width min-height max-width max-height box-sizing display visibility overflow overflow-x overflow-y
  float clear vertical-align text-align text-decoration text-decoration-color text-decoration-line text-decoration-style
  text-indent text-transform text-overflow text-shadow white-space word-break word-spacing word-wrap overflow-wrap
  letter-spacing line-height font font-family font-size font-style font-variant font-weight direction unicode-bidi
  list-style list-style-type list-style-position list-style-image table-layout caption-side empty-cells
  opacity box-shadow position top right bottom left content quotes`.split(/\s+/),
);

/** `position` keeps content in the flow only; fixed, absolute and sticky can cover what is around them. */
const POSITIONS = new Set(['static', 'relative']);
/** Properties that could move content out of its box (over the rest of the message) with a negative value. */
const OFFSETS = new Set('margin margin-top margin-right margin-bottom margin-left top right bottom left text-indent'.split(' '));

/** Only plain non-negative lengths, numbers, percentages and keywords (`auto`): no calc() that could go below zero. */
function nonNegative(value: csstree.CssNode): boolean {
  let ok = true;
  csstree.walk(value, (node: csstree.CssNode) => {
    if (node.type === 'Function') ok = false;
    if ((node.type === 'Dimension' || node.type === 'Number' || node.type === 'Percentage') && node.value.startsWith('-'))
      ok = false;
  });
  return ok;
}

/** Functions that run code in old engines or reach outside the document. */
const FORBIDDEN_FUNCTIONS = /^(expression|image-set|-webkit-image-set|image|cross-fade|element|paint|env|attr|src)$/i;
/** Style larger than this is dropped whole: parsing it is work a hostile sender chose for us. */
const MAX_CSS = 256 * 1024;

/** A `style=""` attribute: its declarations, each filtered; nothing else the parser met. '' when nothing survives. */
export function sanitizeStyleAttribute(style: string, urls: CssUrls): string {
  if (style.length > MAX_CSS) return '';
  const ast = parseOrNull(style, 'declarationList');
  if (ast?.type !== 'DeclarationList') return '';
  ast.children = ast.children.filter((node) => node.type === 'Declaration' && keepDeclaration(node, urls));
  return escapeMarkup(csstree.generate(ast));
}

/**
 * A `<style>` block, rebuilt from what is allowed at each level: rules (a parsed selector
 * and filtered declarations) and `@media` with a plain media query around rules. Everything
 * else (other at-rules such as @import and @font-face, text the parser could not read, empty
 * rules) is dropped, never passed on as text.
 */
export function sanitizeStylesheet(css: string, urls: CssUrls): string {
  if (css.length > MAX_CSS) return '';
  const ast = parseOrNull(css, 'stylesheet');
  if (ast?.type !== 'StyleSheet') return '';
  ast.children = ast.children.filter((node) => keepRule(node, urls) || keepMedia(node, urls));
  return escapeMarkup(csstree.generate(ast));
}

/** A media query of words, numbers and punctuation only: no url(), no escapes, no at-keywords. */
const MEDIA_QUERY = /^[a-z0-9\s(),:.\-/]*$/i;

function keepMedia(node: csstree.CssNode, urls: CssUrls): boolean {
  if (node.type !== 'Atrule' || node.name.toLowerCase() !== 'media' || !node.block) return false;
  if (!node.prelude || node.prelude.type === 'Raw' || !MEDIA_QUERY.test(csstree.generate(node.prelude))) return false;
  node.block.children = node.block.children.filter((child) => keepRule(child, urls));
  return !node.block.children.isEmpty;
}

function keepRule(node: csstree.CssNode, urls: CssUrls): boolean {
  if (node.type !== 'Rule' || node.prelude.type !== 'SelectorList') return false;
  node.block.children = node.block.children.filter((child) => child.type === 'Declaration' && keepDeclaration(child, urls));
  return !node.block.children.isEmpty;
}

function parseOrNull(text: string, context: 'declarationList' | 'stylesheet'): csstree.CssNode | null {
  try {
    return csstree.parse(text, { context, parseValue: true, parseCustomProperty: false, onParseError: () => {} });
  } catch {
    return null;
  }
}

function keepDeclaration(node: csstree.Declaration, urls: CssUrls): boolean {
  const property = node.property.toLowerCase();
  if (!ALLOWED.has(property) || node.value.type === 'Raw') return false;
  if (property === 'position' && !POSITIONS.has(csstree.generate(node.value).trim().toLowerCase())) return false;
  if (OFFSETS.has(property) && !nonNegative(node.value)) return false;
  let keep = true;
  csstree.walk(node.value, {
    enter(child: csstree.CssNode) {
      // Unparsed text, or a function spelled with escapes (`u\72l(` is url( to a browser), is never trusted.
      if (child.type === 'Raw') keep = false;
      if (child.type === 'Function' && (FORBIDDEN_FUNCTIONS.test(child.name) || child.name.includes('\\'))) keep = false;
      if (child.type === 'Url') {
        const resolved = urls.resolve(child.value);
        if (resolved === null) keep = false;
        else child.value = resolved;
      }
    },
  });
  return keep;
}

/**
 * `<` never leaves the filter: inside a <style> block `</style>` would end it, and nothing
 * in CSS needs a literal `<`. `\3c ` is the same character to the CSS parser.
 */
function escapeMarkup(css: string): string {
  return css.replace(/</g, '\\3c ');
}
