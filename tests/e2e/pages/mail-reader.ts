import { expect, type Frame, type Page } from '@playwright/test';
import { MailPage } from './mail-page';
import { MessageListPage } from './message-list-page';
import { MessageViewPage } from './message-view-page';

/**
 * Opening a message the way a reader does (its row in the list), and waiting until its body
 * is there: the sandboxed frame's document for HTML, the text block otherwise.
 */
export class MailReader {
  readonly mail: MailPage;
  readonly list: MessageListPage;
  readonly view: MessageViewPage;

  constructor(readonly page: Page) {
    this.mail = new MailPage(page);
    this.list = new MessageListPage(page);
    this.view = new MessageViewPage(page);
  }

  /**
   * The row of a message in INBOX (loaded first unless the page is on it already), clicked.
   * The list is virtualised and loads 50 rows at a time, so only the rows in view exist: it is scrolled to the row's
   * `position` (0 = newest), again until the pages before it have loaded and the row exists.
   */
  async openByRow(message: { uid: number; id: string }, position: number): Promise<void> {
    const listPath = this.list.listUrl('INBOX');
    if (!this.page.url().includes(listPath)) await this.page.goto(listPath, { waitUntil: 'domcontentloaded' });
    await this.list.rows.first().waitFor();
    const row = this.list.row(message.uid);
    for (let step = 0; (await row.count()) === 0; step++) {
      expect(step, `row ${message.uid} never appeared in the list`).toBeLessThan(60);
      await this.list.scrollToPosition(position);
      await this.page.waitForTimeout(50);
    }
    await row.click();
    await this.waitForBody(message.id);
  }

  /** The attached message (message/rfc822) shown in place, through its "Open" link. */
  async openAttached(): Promise<void> {
    await this.view.openAttachedLinks.first().click();
    await expect(this.view.attached).toBeVisible();
    await this.waitForBody();
  }

  /**
   * The body is shown: the text block, the frame with its document parsed, or for a message
   * with nothing to show its notes. Fails fast on an error note. waitFor, not expect(): it waits in the page, without expect's polling back-off.
   */
  async waitForBody(messageId?: string): Promise<void> {
    const error = this.page.getByTestId('message-error');
    // The view of this message, not the one it replaces, which may still be on screen.
    const view = this.page.locator(
      messageId ? `[data-testid="message-view"][data-message-id="${messageId}"]` : '[data-testid="message-view"]',
    );
    // A view without a body (nothing to show, only notes) still ends with its "Download the original" link.
    await view.getByTestId('message-body').or(view.getByTestId('show-original')).or(error).first().waitFor({ timeout: 20_000 });
    await expect(error, 'the message view reported an error').toHaveCount(0);
    if ((await this.frame()) !== null) await this.view.frame.locator('body').waitFor({ state: 'attached' });
  }

  /** The message's frame (HTML body), or null for a text body or none. */
  async frame(): Promise<Frame | null> {
    const body = this.view.body.first();
    if ((await body.count()) === 0) return null;
    if ((await body.evaluate((element) => element.localName)) !== 'iframe') return null;
    return (await body.elementHandle())?.contentFrame() ?? null;
  }
}
