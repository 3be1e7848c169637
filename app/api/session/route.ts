import { jsonResponse } from '@/lib/http/json-response';
import { route } from '@/lib/http/route';
import { SignInRequest } from '@/lib/schemas/session';
import { toSessionInfo } from '@/lib/session/session-info';
import { signIn } from '@/lib/session/sign-in';
import { signOut } from '@/lib/session/sign-out';

export const dynamic = 'force-dynamic';

/** Who is signed in: `{ session: { user, host, port } | null }`. */
export const GET = route({ auth: false }, async ({ session }) => ({ session: toSessionInfo(session) }));

/** Sign in: verifies with the IMAP server, then sets the sealed session cookie. */
export const POST = route({ auth: false, body: SignInRequest }, async ({ session, body, clientIp }) => ({
  session: await signIn(session, body, { ip: clientIp }),
}));

/** Sign out: closes this session's IMAP connections and clears the cookie. */
export const DELETE = route({ auth: false }, async ({ session }) => {
  await signOut(session);
  // Privately cached messages must not outlive the session on a shared computer.
  return jsonResponse({ ok: true }, { headers: { 'Cache-Control': 'no-store', 'Clear-Site-Data': '"cache"' } });
});
