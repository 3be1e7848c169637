import { apiPaths } from '@/lib/api-paths';

/**
 * The document the sandboxed iframe renders (srcdoc). A srcdoc frame inherits the app's
 * CSP, so it carries its own, stricter one: nothing loads but the app's parts endpoint
 * (`origin` + /api/messages/, a CSP path) and data: images, plus remote images once the
 * reader allowed them. No fonts, frames, forms or scripts (the sandbox also forbids
 * scripts). Client-safe: built in the browser.
 */
export function mailFrameDocument(html: string, options: { allowRemote: boolean; origin?: string }): string {
  const parts = options.origin ? `${options.origin}${apiPaths.partsScope()}` : "'self'";
  const images = options.allowRemote ? `${parts} data: https: http:` : `${parts} data:`;
  const csp = `default-src 'none'; img-src ${images}; style-src 'unsafe-inline'; font-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'`;
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="referrer" content="no-referrer"><style>
html,body{margin:0;padding:0;background:#fff;color:#1c2128}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK JP",sans-serif;padding:16px 20px;overflow-wrap:anywhere}
img{max-width:100%;height:auto}table{max-width:100%}pre{white-space:pre-wrap}a{color:#2459c9}
</style></head><body>${html}</body></html>`;
}
