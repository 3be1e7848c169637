import { APP_URL } from './config';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    body: string,
  ) {
    super(`${path} answered ${status}: ${body.slice(0, 200)}`);
  }
}

/**
 * One signed-in user of the app's HTTP API: keeps the session cookie, sends Origin on writes
 * (the app's CSRF check), and reads every body to the end, so a timing covers the whole answer.
 * Message views go out without If-None-Match: the bench measures IMAP work, not a 304.
 */
export class AppClient {
  private cookie = '';

  constructor(readonly baseUrl = APP_URL) {}

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, body);
    const text = await response.text();
    if (!response.ok) throw new HttpError(response.status, path, text);
    return JSON.parse(text) as T;
  }

  /** Streams a download to the end; returns the byte count. */
  async drain(path: string): Promise<number> {
    const response = await this.send('GET', path);
    if (!response.ok || !response.body) throw new HttpError(response.status, path, await response.text());
    const reader = response.body.getReader();
    let bytes = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
    return bytes;
  }

  /** A GET whose body the caller reads as it comes (the live stream); fails on any status but 200. */
  async open(path: string, signal: AbortSignal): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.cookie ? { cookie: this.cookie } : {}, signal });
    if (response.status !== 200) throw new HttpError(response.status, path, await response.text());
    return response;
  }

  signIn(user: string, password: string, server: { port?: number } = {}) {
    return this.json<{ session: { user: string } }>('POST', '/api/session', { user, password, ...server });
  }

  async signOut(): Promise<void> {
    await this.json('DELETE', '/api/session');
    this.cookie = '';
  }

  /** POSTs a multipart form (an upload); the caller reads the answer. */
  async upload(path: string, form: FormData): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), origin: this.baseUrl },
      body: form,
    });
  }

  private async send(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'cache-control': 'no-cache',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { origin: this.baseUrl } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('letterbox_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    return response;
  }
}
