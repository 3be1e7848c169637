import type { Locator, Page } from '@playwright/test';

/** The settings popover in the top bar. */
export class SettingsMenu {
  readonly button: Locator;
  readonly panel: Locator;
  readonly markSeenOnOpen: Locator;
  readonly storage: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('settings-button');
    this.panel = page.getByTestId('settings-panel');
    this.markSeenOnOpen = page.getByTestId('setting-mark-seen');
    this.storage = page.getByTestId('settings-storage');
  }

  async open(): Promise<void> {
    await this.button.click();
    await this.panel.waitFor();
  }

  /** Sets "mark as read when opened" and waits until the server has stored it. */
  async setMarkSeenOnOpen(value: boolean): Promise<void> {
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/api/settings') && r.request().method() === 'PATCH');
    await this.markSeenOnOpen.setChecked(value);
    await saved;
  }
}
