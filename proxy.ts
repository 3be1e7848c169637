import { type NextRequest, NextResponse } from 'next/server';
import { env } from '@/lib/config/env';
import { contentSecurityPolicy, SECURITY_HEADERS } from '@/lib/http/security-headers';

/**
 * A fresh nonce per page request, in the CSP of the response and of the request: Next reads
 * the request's policy and puts the nonce on its own scripts. Not an auth boundary (the
 * route wrapper and the pages check the session themselves).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  // `next dev` needs 'unsafe-eval' (React's dev tooling); production never gets it.
  const policy = contentSecurityPolicy(nonce, { dev: env().NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only: API responses set their own headers (downloads a sandbox CSP), static files need none.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
};
