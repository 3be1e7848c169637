import { APP_URL } from './servers';

/**
 * A tiny cookie-keeping client for the app's HTTP API. State-changing requests carry the
 * app's own Origin, as a browser would.
 */
export class AppClient {
  cookie = '';

  constructor(readonly baseUrl = APP_URL) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { origin: this.baseUrl } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('letterbox_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests assert the fields they read, one by one
    const json = text ? (JSON.parse(text) as Record<string, any>) : null;
    return { status: response.status, headers: response.headers, json, setCookie };
  }

  /** A GET whose body the caller reads (a live stream): the session cookie goes along, nothing is awaited but the headers. */
  open(path: string, headers: Record<string, string> = {}, signal?: AbortSignal) {
    return fetch(`${this.baseUrl}${path}`, { headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...headers }, signal });
  }

  signIn(user: string, password: string, extra: Record<string, unknown> = {}) {
    return this.request('POST', '/api/session', { user, password, ...extra });
  }
}
