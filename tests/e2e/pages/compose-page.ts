import { expect, type Locator, type Page } from '@playwright/test';

/** The compose view (components/compose/*), by its data-testids. */
export class ComposePage {
  readonly panel: Locator;
  readonly subject: Locator;
  readonly editor: Locator;
  readonly plain: Locator;
  readonly send: Locator;
  readonly close: Locator;
  readonly saveStatus: Locator;
  readonly error: Locator;
  readonly attachments: Locator;
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('compose-panel');
    this.subject = this.panel.getByTestId('compose-subject');
    this.editor = this.panel.getByTestId('compose-editor');
    this.plain = this.panel.getByTestId('compose-plain');
    this.send = this.panel.getByTestId('compose-send');
    this.close = this.panel.getByTestId('compose-close');
    this.saveStatus = this.panel.getByTestId('compose-save-status');
    this.error = this.panel.getByTestId('compose-error');
    this.attachments = this.panel.getByTestId('attachment-item');
    this.toast = page.getByTestId('undo-toast');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('compose-button').click();
    await expect(this.panel).toBeVisible();
  }

  field(name: 'to' | 'cc' | 'bcc'): Locator {
    return this.panel.getByTestId(`compose-${name}`);
  }

  chips(name: 'to' | 'cc' | 'bcc'): Locator {
    return this.field(name).getByTestId('recipient-chip');
  }

  /** Types addresses into a field and commits them (Enter), as a person would. */
  async addRecipients(name: 'to' | 'cc' | 'bcc', text: string): Promise<void> {
    if (name !== 'to' && !(await this.field(name).isVisible())) await this.panel.getByTestId('compose-show-copies').click();
    const input = this.panel.getByTestId(`compose-${name}-input`);
    await input.fill(text);
    await input.press('Enter');
  }

  /** Types at the top of the message, where a signature or a quote leaves the line to write on. */
  async write(text: string): Promise<void> {
    await this.editor.locator('p').first().click();
    await this.page.keyboard.type(text);
  }

  /** Attaches in-memory files through the file picker's input. */
  async attach(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.panel.getByTestId('attach-input').setInputFiles(files);
  }
}
