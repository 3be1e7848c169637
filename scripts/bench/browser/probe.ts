import type { Page } from '@playwright/test';

/**
 * The in-page stopwatch, installed in every document (addInitScript) as plain JavaScript: tsx
 * compiles functions with esbuild's keepNames, whose `__name` helper does not exist in a page.
 *
 * `__benchArm(cond, arg)` starts a measurement. The first `click` or `keydown` after it (capture
 * phase, so before any handler of the app) gives the input time: the event's own timeStamp. A
 * requestAnimationFrame loop then tests the condition once per frame; the first frame in which
 * it holds is the one that paints the result, and its time is the answer. Times are absolute
 * (timeOrigin + now) and kept in sessionStorage, so a full navigation in between is fine: the
 * next document resumes the loop.
 */
export const PROBE_SCRIPT = `(() => {
  const KEY = '__letterboxBench';
  const read = () => JSON.parse(sessionStorage.getItem(KEY) || 'null');
  const write = (state) => sessionStorage.setItem(KEY, JSON.stringify(state));
  const now = () => performance.timeOrigin + performance.now();
  const visible = (el) => !!el && el.getClientRects().length > 0;
  const conditions = {
    // The list shows the expected newest message as its first row, in the expected folder.
    rows: (arg) => {
      if (!location.pathname.startsWith('/mail/' + arg.mailboxId)) return false;
      const row = document.querySelector('[data-testid="message-row"][aria-posinset="1"]');
      return visible(row) && row.getAttribute('data-uid') === String(arg.uid);
    },
    // The reading pane shows this message's body: its text, or the HTML frame's rendered document.
    body: (arg) => {
      const view = document.querySelector('[data-testid="message-view"][data-message-id="' + arg.id + '"]');
      const body = view && view.querySelector('[data-testid="message-body"]');
      if (!visible(body)) return false;
      if (body.tagName !== 'IFRAME') return body.textContent.trim().length > 0;
      const doc = body.contentDocument;
      return !!doc && doc.readyState !== 'loading' && !!doc.body && doc.body.innerText.trim().length > 0;
    },
    // A search's results: the count shown, and the expected message as the first row.
    results: (arg) => {
      if (!location.pathname.startsWith('/mail/' + arg.mailboxId) || !location.search.includes('q=')) return false;
      const row = document.querySelector('[data-testid="message-row"][aria-posinset="1"]');
      return visible(document.querySelector('[data-testid="search-count"]')) && visible(row) && row.getAttribute('data-uid') === String(arg.uid);
    },
    lastRow: (arg) => visible(document.querySelector('[data-testid="message-row"][aria-posinset="' + arg.position + '"]')),
    // Only the input's time is wanted (the result is seen elsewhere, e.g. by another IMAP session).
    input: () => true,
  };
  let rows = 0;
  const poll = () => {
    const state = read();
    if (!state || state.shown !== null) return;
    rows = Math.max(rows, document.querySelectorAll('[data-testid="message-row"]').length);
    if (state.input !== null && conditions[state.cond](state.arg)) {
      state.shown = now();
      state.maxRows = Math.max(state.maxRows || 0, rows);
      write(state);
      return;
    }
    if (state.scroll) {
      const list = document.querySelector('[data-testid="message-list"]');
      if (list) list.scrollTop = list.scrollHeight;
    }
    requestAnimationFrame(poll);
  };
  const onInput = (event) => {
    const state = read();
    if (state && state.input === null) {
      state.input = performance.timeOrigin + event.timeStamp;
      write(state);
    }
  };
  addEventListener('click', onInput, true);
  addEventListener('keydown', onInput, true);
  window.__benchArm = (cond, arg, scroll) => {
    write({ cond, arg, scroll: !!scroll, input: scroll ? now() : null, shown: null });
    requestAnimationFrame(poll);
  };
  if (read()) requestAnimationFrame(poll);
})();`;

export interface Probe {
  /** Input to first frame with the result, in ms. */
  ms: number;
  /** The most message rows the DOM held meanwhile. */
  maxRows: number;
}

/** Arms the stopwatch, performs the input, and waits (up to 60 s) for the page to report. */
export async function measureInput(
  page: Page,
  cond: string,
  arg: object,
  act: () => Promise<void>,
  scroll = false,
): Promise<Probe> {
  await page.evaluate(`window.__benchArm(${JSON.stringify(cond)}, ${JSON.stringify(arg)}, ${scroll})`);
  await act();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    // A navigation may be under way: the evaluation then fails once and is simply repeated.
    const raw = (await page.evaluate(`sessionStorage.getItem('__letterboxBench')`).catch(() => null)) as string | null;
    const state = raw ? (JSON.parse(raw) as { input: number | null; shown: number | null; maxRows?: number }) : null;
    if (state?.input != null && state.shown != null) {
      await page.evaluate(`sessionStorage.removeItem('__letterboxBench')`);
      return { ms: state.shown - state.input, maxRows: state.maxRows ?? 0 };
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the page never showed ${cond} ${JSON.stringify(arg)} within 60 s (at ${page.url()})`);
}
