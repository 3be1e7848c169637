import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changeSort,
  closeAttachedMessage,
  closeFoldersPane,
  openFoldersPane,
  replaceFolder,
  showAttachedMessage,
  showFolder,
  showList,
  showMessage,
} from '@/lib/client/navigation';

/** A browser tab's session history, as the History API shows it: entries of (url, state). */
class FakeHistory {
  entries: Array<{ url: string; state: unknown }>;
  index = 0;

  constructor(url: string, state: unknown = null) {
    this.entries = [{ url, state }];
  }
  get state() {
    return this.entries[this.index]?.state;
  }
  get url() {
    return this.entries[this.index]?.url ?? '';
  }
  pushState(state: unknown, _title: string, url: string) {
    this.entries.splice(this.index + 1, Infinity, { url, state: structuredClone(state) });
    this.index += 1;
  }
  replaceState(state: unknown, _title: string, url: string) {
    this.entries[this.index] = { url, state: structuredClone(state) };
  }
  go(delta: number) {
    this.index = Math.min(Math.max(this.index + delta, 0), this.entries.length - 1);
  }
  back() {
    this.go(-1);
  }
}

let history: FakeHistory;

/** A tab at `url`; `state` is what the entry kept (a reload keeps history.state, a new tab has none). */
function tab(url: string, state: unknown = null) {
  history = new FakeHistory(url, state);
  vi.stubGlobal('window', {
    history,
    location: {
      get pathname() {
        return new URL(history.url, 'http://x').pathname;
      },
      get search() {
        return new URL(history.url, 'http://x').search;
      },
    },
  });
}

beforeEach(() => tab('/mail/INBOX'));
afterEach(() => vi.unstubAllGlobals());

describe('message navigation', () => {
  it('keeps one message entry above the list: Escape goes back to it', () => {
    showMessage('/mail/INBOX/m1');
    showMessage('/mail/INBOX/m2');
    expect(history.entries.map((entry) => entry.url)).toEqual(['/mail/INBOX', '/mail/INBOX/m2']);
    showList('/mail/INBOX');
    expect(history.url).toBe('/mail/INBOX');
    expect(history.entries).toHaveLength(2);
  });

  it('remembers the way back in the entry itself, so a reload still finds it', () => {
    showMessage('/mail/INBOX/m1');
    // A reload keeps the session history and each entry's state; only module state would be lost.
    const { entries, index } = history;
    vi.resetModules();
    tab('/mail/INBOX/m1');
    history.entries = entries;
    history.index = index;
    showList('/mail/INBOX');
    expect(history.index).toBe(0);
  });

  it('a message opened from a link (a second tab) has no list behind it: the list is pushed', () => {
    tab('/mail/INBOX/m1');
    showList('/mail/INBOX');
    expect(history.entries.map((entry) => entry.url)).toEqual(['/mail/INBOX/m1', '/mail/INBOX']);
  });

  it('an attached message opens above its parent; Escape from it returns to the parent, then to the list', () => {
    showMessage('/mail/INBOX/m1');
    showAttachedMessage('/mail/INBOX/m1?part=2');
    closeAttachedMessage('/mail/INBOX/m1');
    expect(history.url).toBe('/mail/INBOX/m1');
    showAttachedMessage('/mail/INBOX/m1?part=2');
    showList('/mail/INBOX');
    expect(history.url).toBe('/mail/INBOX/m1');
    showList('/mail/INBOX');
    expect(history.index).toBe(0);
  });

  it('an attached message opened from a link closes in place', () => {
    tab('/mail/INBOX/m1?part=2');
    closeAttachedMessage('/mail/INBOX/m1');
    expect(history.entries.map((entry) => entry.url)).toEqual(['/mail/INBOX/m1']);
  });

  it('a new sort order replaces the entry; closing the message then shows the list in that order', () => {
    showMessage('/mail/INBOX/m1');
    changeSort('/mail/INBOX/m1?sort=from&order=asc');
    expect(history.entries.map((entry) => entry.url)).toEqual(['/mail/INBOX', '/mail/INBOX/m1?sort=from&order=asc']);
    // Back would land on the list in its old order.
    showList('/mail/INBOX?sort=from&order=asc');
    expect(history.url).toBe('/mail/INBOX?sort=from&order=asc');
  });

  it('a folder switch leaves nothing to go back to', () => {
    showMessage('/mail/INBOX/m1');
    showFolder('/mail/Archive');
    showMessage('/mail/Archive/m9');
    showList('/mail/Archive');
    expect(history.url).toBe('/mail/Archive');
    expect(history.index).toBe(2);
  });
});

describe('entries and the framework router', () => {
  it('writes under a wrapper the page put on history (as Next does), keeping the keys of the entry below', () => {
    tab('/mail/INBOX', { __NA: true, tree: ['mail', 'INBOX'] });
    // Next replaces pushState and replaceState on the history object itself, and re-renders its router on each call.
    const wrapped = vi.fn();
    Object.assign(history, { pushState: wrapped, replaceState: wrapped });
    showMessage('/mail/INBOX/m1');
    showFolder('/mail/Archive');
    replaceFolder('/mail/Sent');
    expect(wrapped).not.toHaveBeenCalled();
    expect(history.entries.map((entry) => entry.url)).toEqual(['/mail/INBOX', '/mail/INBOX/m1', '/mail/Sent']);
    // Back and forward to these entries are the router's too: a popstate without its keys reloads the page.
    for (const entry of history.entries) expect(entry.state).toMatchObject({ __NA: true, tree: ['mail', 'INBOX'] });
    expect(history.state).toMatchObject({ letterbox: {} });
  });
});

describe('the phone’s folders pane', () => {
  it('closes by going back when it was opened here', () => {
    openFoldersPane();
    expect(history.url).toBe('/mail/INBOX?pane=folders');
    closeFoldersPane();
    expect(history.url).toBe('/mail/INBOX');
    expect(history.index).toBe(0);
  });

  it('opened from a shared link (a second tab), it closes in place', () => {
    tab('/mail/INBOX?pane=folders&sort=from');
    closeFoldersPane();
    expect(history.entries.map((entry) => entry.url)).toEqual(['/mail/INBOX?sort=from']);
  });

  it('keeps its state under its own key of history.state, beside the router’s', () => {
    tab('/mail/INBOX', { __NA: true });
    openFoldersPane();
    expect(history.state).toEqual({ __NA: true, letterbox: { foldersPane: true } });
  });
});
