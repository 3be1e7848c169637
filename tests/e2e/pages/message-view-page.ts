import type { FrameLocator, Locator, Page } from '@playwright/test';
import { mailboxId } from '../../../lib/ids';

/** The open message in the reading pane: its body is a sandboxed iframe (HTML) or a text block. */
export class MessageViewPage {
  readonly body: Locator;
  readonly frame: FrameLocator;
  readonly subject: Locator;
  readonly attachments: Locator;
  readonly remoteBanner: Locator;
  /** "Open" on an attached message (message/rfc822), and the attached message once open. */
  readonly openAttachedLinks: Locator;
  readonly attached: Locator;
  readonly attachedSubject: Locator;
  readonly closeAttached: Locator;
  /** Only when the reader keeps mail unread on opening. */
  readonly markRead: Locator;
  /** What could not be shown as sent (a cut header, an unknown charset), one line each. */
  readonly notes: Locator;
  readonly omittedRecipients: Locator;

  constructor(readonly page: Page) {
    this.body = page.getByTestId('message-body');
    this.frame = page.frameLocator('iframe[data-testid="message-body"]');
    this.subject = page.getByTestId('message-subject');
    this.attachments = page.getByTestId('attachment-link');
    this.remoteBanner = page.getByTestId('remote-content-banner');
    this.openAttachedLinks = page.getByTestId('attached-message-link');
    this.attached = page.getByTestId('attached-message');
    this.attachedSubject = page.getByTestId('attached-message-subject');
    this.closeAttached = page.getByTestId('attached-message-close');
    this.markRead = page.getByTestId('mark-read');
    this.notes = page.getByTestId('message-note');
    this.omittedRecipients = page.getByTestId('recipients-omitted');
  }

  async open(messageId: string, path = 'INBOX'): Promise<void> {
    await this.page.goto(`/mail/${mailboxId(path)}/${messageId}`);
    await this.body.waitFor();
  }
}
