import type { FrameLocator, Locator, Page } from '@playwright/test';
import { mailboxId } from '../../../lib/ids';

/** The open message in the reading pane: its body is a sandboxed iframe (HTML) or a text block. */
export class MessageViewPage {
  readonly body: Locator;
  readonly frame: FrameLocator;
  readonly subject: Locator;
  readonly attachments: Locator;
  readonly remoteBanner: Locator;

  constructor(readonly page: Page) {
    this.body = page.getByTestId('message-body');
    this.frame = page.frameLocator('iframe[data-testid="message-body"]');
    this.subject = page.getByTestId('message-subject');
    this.attachments = page.getByTestId('attachment-link');
    this.remoteBanner = page.getByTestId('remote-content-banner');
  }

  async open(messageId: string, path = 'INBOX'): Promise<void> {
    await this.page.goto(`/mail/${mailboxId(path)}/${messageId}`);
    await this.body.waitFor();
  }
}
