/**
 * What a sanitized mail may not contain once the browser has parsed it, checked inside the
 * message frame (run with frame.evaluate, so it is self-contained). This is the first layer
 * seen from the browser: an attack the frame's sandbox or CSP happens to stop still counts
 * here, because the next browser bug or policy change would let it through.
 */
export interface DomCheckOptions {
  /** The reader allowed remote content: remote images and CSS url()s to http(s) are fine. */
  allowRemote: boolean;
  /** The app's origin: a srcdoc frame resolves relative URLs against the app's page. */
  appOrigin: string;
}

export function mailDomViolations({ allowRemote, appOrigin }: DomCheckOptions): string[] {
  const found: string[] = [];
  const add = (text: string) => {
    if (found.length < 30 && !found.includes(text)) found.push(text);
  };
  const HTML_NS = 'http://www.w3.org/1999/xhtml';
  const FORBIDDEN = new Set(
    'script iframe frame frameset object embed applet param base link meta form input button textarea select keygen isindex portal fencedframe template noscript dialog bgsound xml layer ilayer'.split(
      ' ',
    ),
  );
  const LINK_ATTRIBUTES = new Set(['href', 'xlink:href', 'cite', 'longdesc']);
  const RESOURCE_ATTRIBUTES = new Set([
    'src',
    'background',
    'poster',
    'data',
    'lowsrc',
    'dynsrc',
    'codebase',
    'action',
    'formaction',
    'manifest',
    'icon',
  ]);
  const short = (value: string) => (value.length > 90 ? `${value.slice(0, 90)}…` : value);
  const tag = (element: Element) => `<${element.localName}${element.id ? `#${element.id}` : ''}>`;

  /** A resource URL may only be our parts endpoint, a raster data: image, or (once allowed) http(s). */
  const resourceAllowed = (raw: string, remoteOk: boolean) => {
    let url: URL;
    try {
      url = new URL(raw, document.baseURI);
    } catch {
      return true; // nothing a browser would load
    }
    if (url.protocol === 'data:') return /^data:image\/(png|jpe?g|gif|webp)[;,]/i.test(url.href);
    if (url.origin === appOrigin) return url.pathname.startsWith('/api/messages/');
    return remoteOk && /^https?:$/.test(url.protocol);
  };
  /**
   * A link must be absolute on its own (issue 10): in a srcdoc frame a relative one, or one
   * behind U+2028 or U+00A0 (which the URL parser keeps), resolves against the app's page.
   */
  const linkAllowed = (raw: string) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    return /^(https?|mailto):$/.test(url.protocol) && new URL(raw, document.baseURI).href === url.href;
  };
  const cssUrls = (text: string) =>
    [...text.matchAll(/url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)]*?))\s*\)/gi)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? '',
    );
  const LEGACY_CSS = /expression\s*\(|behavior\s*:|-moz-binding|@import|javascript:/i;
  const checkDeclarations = (style: CSSStyleDeclaration, where: string) => {
    for (let i = 0; i < style.length; i++) {
      const property = style.item(i);
      const value = style.getPropertyValue(property);
      for (const url of cssUrls(value)) {
        if (!resourceAllowed(url, allowRemote)) add(`CSS ${property}: url(${short(url)}) in ${where}`);
      }
      for (const [, url] of value.matchAll(/image-set\(\s*"([^"]*)"/gi)) {
        if (url !== undefined && !resourceAllowed(url, allowRemote)) add(`CSS ${property}: image-set(${short(url)}) in ${where}`);
      }
    }
  };
  const checkRules = (rules: CSSRuleList, where: string) => {
    for (const rule of rules) {
      if (rule instanceof CSSImportRule) add(`CSS @import ${short(rule.href)} in ${where}`);
      else if (rule instanceof CSSFontFaceRule && /url\(/i.test(rule.cssText)) add(`CSS @font-face with a url() in ${where}`);
      if ('style' in rule && rule.style instanceof CSSStyleDeclaration) checkDeclarations(rule.style, where);
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) checkRules(rule.cssRules, where);
    }
  };

  for (const element of document.querySelectorAll('*')) {
    const name = element.localName;
    if (document.head.contains(element) && element !== document.head) {
      // The app's own head: charset, its CSP and referrer policy, its stylesheet. Nothing from the mail.
      const own =
        name === 'style' ||
        (name === 'meta' &&
          (element.hasAttribute('charset') ||
            /^content-security-policy$/i.test(element.getAttribute('http-equiv') ?? '') ||
            (element.getAttribute('name') === 'referrer' && element.getAttribute('content') === 'no-referrer')));
      if (!own) add(`${tag(element)} in the frame's head`);
      continue;
    }
    if (element.namespaceURI !== HTML_NS) add(`foreign-content element ${tag(element)} (${element.namespaceURI})`);
    else if (FORBIDDEN.has(name)) add(`forbidden element ${tag(element)}`);
    if (element.shadowRoot) add(`shadow root on ${tag(element)}`);
    for (const attribute of element.attributes) {
      const attr = attribute.name.toLowerCase();
      const value = attribute.value;
      if (attr.startsWith('on')) add(`event handler ${attr} on ${tag(element)}`);
      else if (attr === 'srcdoc' || attr === 'ping') add(`${attr}="${short(value)}" on ${tag(element)}`);
      else if (LINK_ATTRIBUTES.has(attr) && name !== 'link' && !linkAllowed(value))
        add(`${attr}="${short(value)}" on ${tag(element)}`);
      else if (RESOURCE_ATTRIBUTES.has(attr) && !resourceAllowed(value, allowRemote && name === 'img'))
        add(`${attr}="${short(value)}" on ${tag(element)}`);
      else if (attr === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          if (url && !resourceAllowed(url, allowRemote && (name === 'img' || name === 'source'))) {
            add(`srcset candidate ${short(url)} on ${tag(element)}`);
          }
        }
      } else if (attr === 'style') {
        if (LEGACY_CSS.test(value)) add(`style="${short(value)}" on ${tag(element)}`);
        checkDeclarations((element as HTMLElement).style, `style="" of ${tag(element)}`);
      }
    }
    if ((name === 'a' || name === 'area') && element.hasAttribute('href')) {
      const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (element.getAttribute('target') !== '_blank' || !rel.includes('noopener') || !rel.includes('noreferrer')) {
        add(
          `link without target=_blank rel="noopener noreferrer": ${tag(element)} target=${element.getAttribute('target')} rel=${element.getAttribute('rel')}`,
        );
      }
    }
    const position = getComputedStyle(element).position;
    if (position === 'fixed' || position === 'absolute') add(`position:${position} on ${tag(element)}`);
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && (box.left < -1 || box.top + window.scrollY < -1)) {
      add(`${tag(element)} drawn outside the body at (${Math.round(box.left)}, ${Math.round(box.top)})`);
    }
  }
  for (const sheet of document.styleSheets) {
    const owner = sheet.ownerNode;
    if (!(owner instanceof Element) || document.head.contains(owner)) continue;
    if (LEGACY_CSS.test(owner.textContent ?? '')) add(`<style> with expression/behavior/-moz-binding/@import/javascript:`);
    try {
      checkRules(sheet.cssRules, '<style>');
    } catch {
      add('a <style> whose rules cannot be read');
    }
  }
  return found;
}
