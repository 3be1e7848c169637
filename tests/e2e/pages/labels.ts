import { expect, type Locator, type Page } from '@playwright/test';
import { cssString } from './selectors';

/** The label menu of the open message, the chips, and the labels dialog from the settings menu. */
export class LabelsPage {
  readonly button: Locator;
  readonly menu: Locator;
  readonly error: Locator;
  readonly newName: Locator;
  readonly create: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('message-view').getByTestId('label-button');
    this.menu = page.getByTestId('label-menu');
    this.error = page.getByTestId('label-error');
    this.newName = page.getByTestId('new-label-name');
    this.create = page.getByTestId('new-label-create');
    this.dialog = page.getByTestId('labels-dialog');
  }

  option(keyword: string): Locator {
    return this.menu.locator(`[data-testid="label-option"][data-keyword=${cssString(keyword)}]`);
  }

  /** The chips of a message row (by UID), or of the reading pane header without one. */
  chips(uid?: number): Locator {
    const scope =
      uid === undefined
        ? this.page.getByTestId('message-view')
        : this.page.locator(`[data-testid="message-row"][data-uid="${uid}"]`);
    return scope.getByTestId('label-chip');
  }

  chip(keyword: string, uid?: number): Locator {
    return this.chips(uid).and(this.page.locator(`[data-keyword=${cssString(keyword)}]`));
  }

  editor(keyword: string): Locator {
    return this.dialog.locator(`[data-testid="label-editor"][data-keyword=${cssString(keyword)}]`);
  }

  async openMenu(): Promise<void> {
    await this.button.click();
    await expect(this.menu).toBeVisible();
  }

  /** Clicks a label's checkbox and waits for the server's answer to the flag change. */
  async toggle(keyword: string): Promise<number> {
    const answered = this.flagsAnswer();
    await this.option(keyword).click();
    return (await answered).status();
  }

  flagsAnswer() {
    return this.page.waitForResponse((r) => r.url().endsWith('/api/messages') && r.request().method() === 'PATCH');
  }

  settingsSaved() {
    return this.page.waitForResponse((r) => r.url().endsWith('/api/settings') && r.request().method() === 'PATCH');
  }

  async openDialog(): Promise<void> {
    await this.page.getByTestId('settings-button').click();
    await this.page.getByTestId('labels-settings').click();
    await expect(this.dialog).toBeVisible();
  }
}
