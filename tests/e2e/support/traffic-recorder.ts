import type { BrowserContext, Page, Request } from '@playwright/test';

/** A request for a host other than the app's, or a tab opened on a script URL. */
export interface Offence {
  url: string;
  /** `request` (any page, frame or worker), `websocket`, or `tab` (a new tab on a non-http URL). */
  kind: 'request' | 'websocket' | 'tab';
  resourceType?: string;
  /**
   * `network`: it reached the network layer (where the test aborted it), so it would have left;
   * `csp`: the frame's own CSP stopped it inside the browser (the second layer caught what the first let through).
   */
  stopped: 'network' | 'csp';
}

interface Seen {
  request: Request;
  url: string;
  resourceType: string;
  /** The first navigation of a tab that does not exist yet: how a tab opened by a link starts. */
  newTab: boolean;
  /** Made while the test was clicking a link: a tab it opens is the reader's doing. */
  duringClick: boolean;
}

/** How long after a click a new tab's first request still counts as the click's. */
const CLICK_GRACE_MS = 1_500;
const SCRIPT_URL = /^\s*(javascript|vbscript|livescript|mocha|data):/i;
/** Schemes that reach no host: a data: image or a blob is not a request to anybody. */
const NO_HOST = /^(data|blob|about):/i;

/**
 * Records every request of a browser context: every page and every frame, including the
 * sandboxed message frame (visible only with --disable-features=IsolateSandboxedIframes:
 * Chromium otherwise runs it in a process of its own, out of Playwright's sight) and the tabs a message opens. Anything not for the app's origin is aborted
 * (nothing may reach a real network from a test) and kept as evidence.
 *
 * One exception, as a reader would expect: the first navigation of a tab opened by a link the
 * test clicked, when it goes to an http(s) or mailto: URL. That is the reader following a link, not the
 * mail loading something by itself. A tab on `javascript:`, `vbscript:` or `data:` is not.
 */
export class TrafficRecorder {
  private readonly seen = new Set<Request>();
  /** Requests that reached the test's route: past every check of the browser's own. */
  private readonly reachedNetwork = new Set<Request>();
  private readonly requests: Seen[] = [];
  private readonly sockets: string[] = [];
  private readonly tabs = new Set<Page>();
  /** Pages the test made itself (its own page, a tab it opens with newPage); every other page is a tab the app or the mail opened. */
  private readonly own = new Set<Page>();
  private makingOwnPage = false;
  private clicking = false;
  private lastClickEnded = 0;

  constructor(
    private readonly context: BrowserContext,
    private readonly appOrigins: string[],
  ) {}

  async install(): Promise<void> {
    await this.context.route(
      (url) => !this.isApp(url.href),
      (route) => {
        this.reachedNetwork.add(route.request());
        return route.abort('blockedbyclient');
      },
    );
    this.context.on('request', (request) => this.record(request));
    // Not page.on('popup'): Chromium reports no opener for a noopener tab, so no popup event either.
    this.context.on('page', (page) => {
      (this.makingOwnPage ? this.own : this.tabs).add(page);
      this.watch(page);
    });
    for (const page of this.context.pages()) {
      this.own.add(page);
      this.watch(page);
    }
  }

  /** Forgets everything recorded so far: the next test's evidence starts empty. */
  reset(): void {
    this.seen.clear();
    this.reachedNetwork.clear();
    this.requests.length = 0;
    this.sockets.length = 0;
    this.tabs.clear();
  }

  /** A new page of the test's own (not a tab the mail opened), watched like the others. */
  async newPage(): Promise<Page> {
    this.makingOwnPage = true;
    try {
      return await this.context.newPage();
    } finally {
      this.makingOwnPage = false;
    }
  }

  /**
   * Runs a click: a tab it opens, and that tab's first navigation, are the reader's doing. The
   * tab's request arrives after click() returns, so the window stays open a moment longer; no
   * script can open a tab in that moment, because the message frame runs none (else that
   * script is itself the failure the marker check reports).
   */
  async click<T>(work: () => Promise<T>): Promise<T> {
    this.clicking = true;
    try {
      return await work();
    } finally {
      this.clicking = false;
      this.lastClickEnded = Date.now();
    }
  }

  /** Tabs opened by the app's pages or by the message (never the ones the test opened itself). */
  openedTabs(): Page[] {
    return [...this.tabs];
  }

  /** Where followed links went: a tab opened by a click, navigating to http(s). */
  followedLinks(): string[] {
    return this.requests.filter((request) => this.followed(request)).map((request) => request.url);
  }

  offences(): Offence[] {
    const found: Offence[] = this.requests
      .filter((request) => !this.followed(request))
      .map(({ request, url, resourceType, newTab }) => ({
        url,
        kind: newTab && SCRIPT_URL.test(url) ? 'tab' : 'request',
        resourceType,
        // Anything not provably stopped by the CSP counts as having left.
        stopped: !this.reachedNetwork.has(request) && request.failure()?.errorText === 'csp' ? 'csp' : 'network',
      }));
    for (const url of this.sockets) found.push({ url, kind: 'websocket', stopped: 'network' });
    // A tab that starts on a script URL may make no request at all: its URL is the trace.
    for (const tab of this.tabs) {
      const url = tab.url();
      if (SCRIPT_URL.test(url) && !found.some((offence) => offence.url === url))
        found.push({ url, kind: 'tab', stopped: 'network' });
    }
    return found;
  }

  private watch(page: Page): void {
    // page.on as well as context.on: the same request reaches both and is kept once.
    page.on('request', (request) => this.record(request));
    page.on('websocket', (socket) => {
      if (!this.isApp(socket.url())) this.sockets.push(socket.url());
    });
  }

  private record(request: Request): void {
    if (this.seen.has(request)) return;
    this.seen.add(request);
    const url = request.url();
    if (this.isApp(url)) return;
    let newTab = false;
    try {
      request.frame();
    } catch {
      // Playwright: "the request was issued before the frame is created", i.e. a new tab's first navigation.
      // (A service worker's request has no frame either, but is never a navigation.)
      newTab = request.isNavigationRequest();
    }
    // A data: image or an about:blank frame reaches no host; a frame or tab navigating to data: is kept.
    if (NO_HOST.test(url) && !request.isNavigationRequest()) return;
    const duringClick = this.clicking || Date.now() - this.lastClickEnded < CLICK_GRACE_MS;
    this.requests.push({ request, url, resourceType: request.resourceType(), newTab, duringClick });
  }

  private followed(request: Seen): boolean {
    return request.duringClick && request.newTab && /^(https?|mailto):/i.test(request.url);
  }

  private isApp(url: string): boolean {
    if (/^about:(blank|srcdoc)$/i.test(url)) return true;
    try {
      return this.appOrigins.includes(new URL(url).origin);
    } catch {
      return false;
    }
  }
}
