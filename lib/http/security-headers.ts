/**
 * The app's own Content-Security-Policy (third layer of the HTML defence, after the
 * sanitizer and the message frame's sandbox + CSP) and the headers every response carries.
 *
 * Scripts run only with this request's nonce ('strict-dynamic' lets Next's own chunks
 * load from them). Styles may be inline: React sets style attributes, and the message
 * frame (a srcdoc document inherits this policy too) holds the message's filtered CSS.
 * Images may come from https: for the same reason: the frame's stricter policy decides
 * whether the reader allowed remote images; the app itself loads none.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https: http:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Sent with every page (proxy.ts) and API response (route.ts). */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Only features Chromium knows: an unknown one (Web Bluetooth has no policy there) is a console warning on every load.
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), display-capture=(), browsing-topics=()',
};
