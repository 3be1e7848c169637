import { expect, type Locator, type Page } from '@playwright/test';
import { mailboxId } from '../../../lib/ids';
import type { MailboxesResponse } from '../../../lib/schemas/mailboxes';
import type { MessageSummary, MessagesResponse } from '../../../lib/schemas/message-list';

/**
 * The message list and the open message. The list is virtualised: only the rows in view are
 * in the DOM, so a test scrolls until the row it wants exists, never assumes it is there.
 */
export class MessageListPage {
  /** message-list-row.tsx's fixed row height, which the virtualiser positions rows by. */
  static readonly ROW_HEIGHT = 56;

  readonly list: Locator;
  readonly rows: Locator;
  readonly loading: Locator;
  readonly error: Locator;
  readonly empty: Locator;
  readonly selected: Locator;
  readonly subject: Locator;
  readonly readingEmpty: Locator;
  readonly backToList: Locator;
  readonly sort: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('message-list');
    this.rows = page.getByTestId('message-row');
    this.loading = page.getByTestId('message-list-loading');
    this.error = page.getByTestId('message-list-error');
    this.empty = page.getByTestId('message-list-empty');
    this.selected = this.rows.and(page.locator('[aria-selected="true"]'));
    this.subject = page.getByTestId('message-subject');
    this.readingEmpty = page.getByTestId('reading-pane-empty');
    this.backToList = page.getByTestId('back-to-list');
    this.sort = page.getByTestId('message-list-sort');
  }

  /** The row of a UID, when it is in the DOM. */
  row(uid: number): Locator {
    return this.page.locator(`[data-testid="message-row"][data-uid="${uid}"]`);
  }

  listUrl(path = 'INBOX'): string {
    return `/mail/${mailboxId(path)}`;
  }

  messageUrl(messageId: string, path = 'INBOX'): string {
    return `/mail/${mailboxId(path)}/${messageId}`;
  }

  async waitForRows(): Promise<void> {
    await expect(this.rows.first()).toBeVisible();
  }

  /** One page of the API, fetched with the browser's session cookie. */
  async fetchPage(path: string, query: Record<string, string> = {}): Promise<MessagesResponse> {
    const params = new URLSearchParams({ limit: '50', ...query });
    const response = await this.page.request.get(`/api/mailboxes/${mailboxId(path)}/messages?${params}`);
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as MessagesResponse;
  }

  /** The folder's unread count as the API's folder list (LIST-STATUS) reports it: the number the list's header shows. */
  async fetchUnseen(path: string): Promise<number | null> {
    const response = await this.page.request.get('/api/mailboxes');
    expect(response.status(), await response.text()).toBe(200);
    const { mailboxes } = (await response.json()) as MailboxesResponse;
    const mailbox = mailboxes.find((candidate) => candidate.path === path);
    if (!mailbox) throw new Error(`the API lists no folder ${JSON.stringify(path)}`);
    return mailbox.unseen;
  }

  /** Every message of a folder in the list's order, through the API's cursor, 200 at a time. */
  async fetchAll(path: string): Promise<MessageSummary[]> {
    const all: MessageSummary[] = [];
    let cursor: string | null = null;
    do {
      const page: MessagesResponse = await this.fetchPage(path, { limit: '200', ...(cursor ? { cursor } : {}) });
      all.push(...page.messages);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  /** The UIDs of the rows in the DOM, top to bottom. */
  async renderedUids(): Promise<number[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-uid'))));
  }

  /** The highest aria-posinset in the DOM: how far down the list the rendered rows reach. */
  async lastPosition(): Promise<number> {
    return this.rows.evaluateAll((rows) => Math.max(0, ...rows.map((row) => Number(row.getAttribute('aria-posinset')))));
  }

  /** Scrolls the list so the row at `position` (0 = first) sits a little below its top. */
  async scrollToPosition(position: number): Promise<void> {
    const top = Math.max(0, position * MessageListPage.ROW_HEIGHT - 200);
    await this.list.evaluate((list, to) => list.scrollTo(0, to), top);
  }

  async scrollBy(pixels: number): Promise<void> {
    await this.list.evaluate((list, by) => list.scrollBy(0, by), pixels);
  }

  async scrollToEnd(): Promise<void> {
    await this.list.evaluate((list) => list.scrollTo(0, list.scrollHeight));
  }
}
