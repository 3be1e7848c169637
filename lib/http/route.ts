import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { accountOf, loadSession, type Session, touchSession } from '@/lib/session/session-cookie';
import { clientIp } from './client-ip';
import { errorResponse } from './error-response';
import { jsonResponse } from './json-response';
import { readJson } from './read-json';
import { assertSameOrigin } from './same-origin';
import { SECURITY_HEADERS } from './security-headers';

/** Set on every handler built here; the route guard test imports each app/api route and checks it. */
export const ROUTE_WRAPPER = Symbol.for('letterbox.route');

type Schema = z.ZodType | undefined;
type Infer<S extends Schema> = S extends z.ZodType ? z.infer<S> : undefined;

interface RouteSpec<
  Auth extends boolean,
  Body extends Schema,
  Query extends Schema,
  Params extends Schema,
  Stream extends boolean,
> {
  /** true: no session → 401 AUTH_REQUIRED before the handler runs. */
  auth: Auth;
  body?: Body;
  /**
   * true: the body is handed over unread as `context.stream` (uploads), for lib/ to stream to
   * disk under its own limit; `formData()` would buffer all of it (STACK.md trap 11). Not with `body`.
   */
  stream?: Stream;
  query?: Query;
  /** The URL's dynamic segments as typed refs (lib/http/route-params.ts); a value it refuses is 404 NOT_FOUND. */
  params?: Params;
  maxBodyBytes?: number;
  /**
   * true: a hook another server calls (the mail server's push hint), not the page: it sends no
   * Origin, so the same-origin check is skipped. Such a route must read no session and change
   * nothing a forged call could abuse.
   */
  fromServer?: boolean;
}

export interface RouteContext<
  Auth extends boolean,
  Body extends Schema,
  Query extends Schema,
  Params extends Schema = undefined,
  Stream extends boolean = false,
> {
  requestId: string;
  session: Session;
  account: Auth extends true ? Account : Account | null;
  body: Infer<Body>;
  query: Infer<Query>;
  params: Infer<Params>;
  /** The raw request body, with `stream: true` (empty when the request has none). */
  stream: Stream extends true ? ReadableStream<Uint8Array> : undefined;
  /** Request headers, for conditional requests (If-None-Match, Range) and uploads (Content-Type, Content-Range). */
  headers: Headers;
  /** Aborts when the client goes away, so long work (a download) can give its IMAP lease back. */
  signal: AbortSignal;
  /** The client's address as far as trusted proxies tell (client-ip.ts), for rate limits. */
  clientIp: string | null;
}

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The one wrapper every API route goes through: request id, same-origin check, session,
 * schema parsing, error mapping into `{ error: { code, message } }`, and one log line.
 * The handler returns data (sent as JSON) or a ready Response (streams, downloads).
 */
export function route<
  Auth extends boolean,
  Body extends Schema = undefined,
  Query extends Schema = undefined,
  Params extends Schema = undefined,
  Stream extends boolean = false,
>(
  spec: RouteSpec<Auth, Body, Query, Params, Stream>,
  handler: (context: RouteContext<Auth, Body, Query, Params, Stream>) => Promise<unknown>,
) {
  if (spec.stream && spec.body) throw new Error('route(): `stream` and `body` both want the request body');
  const wrapped = async (request: Request, next: NextContext): Promise<Response> => {
    const started = performance.now();
    const requestId = validRequestId(request.headers.get('x-request-id')) ?? randomUUID();
    const pathname = new URL(request.url).pathname;
    // A server hook's URL ends in its token (the push hint's): never written to the log.
    const path = spec.fromServer ? pathname.replace(/[^/]+$/, '…') : pathname;
    const log = logger().child({ requestId, method: request.method, path });
    let response: Response;
    try {
      if (!spec.fromServer) assertSameOrigin(request);
      const session = await loadSession();
      const account = accountOf(session);
      if (spec.auth && !account) throw new AppError('AUTH_REQUIRED');
      if (account) await touchSession(session);
      const params = spec.params ? parseParams(spec.params, await next.params) : undefined;
      const body = spec.body ? spec.body.parse(await readJson(request, spec.maxBodyBytes ?? 64 * 1024)) : undefined;
      const query = spec.query ? spec.query.parse(Object.fromEntries(new URL(request.url).searchParams)) : undefined;
      const context = {
        requestId,
        session,
        account,
        body,
        query,
        params,
        stream: spec.stream ? (request.body ?? emptyBody()) : undefined,
        headers: request.headers,
        signal: request.signal,
        clientIp: clientIp(request.headers.get('x-forwarded-for'), env().TRUSTED_PROXY_HOPS),
      } as RouteContext<Auth, Body, Query, Params, Stream>;
      const result = await handler(context);
      response = result instanceof Response ? result : jsonResponse(result, { headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      // A request the browser abandoned (a search superseded by the next one) is no server failure.
      response = errorResponse(error, log, request.signal.aborted);
    }
    response.headers.set('X-Request-Id', requestId);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      // A download's own stricter headers (its sandbox CSP) stay as they are.
      if (!response.headers.has(name)) response.headers.set(name, value);
    }
    log.info({ status: response.status, ms: Math.round(performance.now() - started) }, 'request');
    return response;
  };
  return Object.assign(wrapped, { [ROUTE_WRAPPER]: true });
}

/** A segment the schema refuses (a malformed id, a section that is not a part) names nothing: NOT_FOUND, with its sentence. */
function parseParams(schema: z.ZodType, raw: Record<string, string | string[] | undefined> | undefined): unknown {
  const segments = Object.entries(raw ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.join('/') : value]);
  const parsed = schema.safeParse(Object.fromEntries(segments));
  if (parsed.success) return parsed.data;
  // Only the schemas' own sentences reach the client; zod's wording for a missing segment does not.
  const issue = parsed.error.issues[0];
  throw new AppError('NOT_FOUND', issue?.code === 'custom' ? issue.message : undefined);
}

function emptyBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}

function validRequestId(value: string | null): string | undefined {
  return value && /^[A-Za-z0-9._-]{8,64}$/.test(value) ? value : undefined;
}
