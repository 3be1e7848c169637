import { misleadingTarget } from '@/lib/html/link-destination';
import { linkTarget } from '@/lib/html/link-target';

/** Inline and !important: the message's own CSS cannot hide or restyle the warning. */
const WARNING_STYLE =
  'display:inline!important;visibility:visible!important;opacity:1!important;position:static!important;' +
  'margin:0 0 0 4px!important;padding:0 4px!important;border-radius:3px!important;background:#fef3c7!important;' +
  'color:#92400e!important;font:600 12px/1.4 system-ui,sans-serif!important;text-decoration:none!important';

/**
 * Makes every link of a rendered message say where it goes: its real URL on hover (title),
 * and, after a link whose text names another site than its target, a visible warning with
 * the real host. A link the server's sanitizer should have left without a target (not an
 * absolute http(s)/mailto URL) loses it here too: a second layer, as for the rest of the HTML
 * defence. Runs from the parent page on the sandboxed frame's document (the frame itself runs
 * no script).
 */
export function annotateLinks(doc: Document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!linkTarget(href)) {
      link.removeAttribute('href');
      continue;
    }
    link.title = link.title && link.title !== href ? `${link.title}\n${href}` : href;
    const real = misleadingTarget(link.textContent ?? '', href);
    if (!real) continue;
    link.dataset.misleading = 'true';
    const warning = doc.createElement('span');
    warning.dataset.testid = 'misleading-link-warning';
    warning.setAttribute('style', WARNING_STYLE);
    warning.textContent = `⚠ goes to ${real}`;
    link.after(warning);
  }
}
