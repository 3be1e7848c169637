import { expect, type Locator, type Page } from '@playwright/test';

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

  /**
   * Sets "mark as read when opened" and waits until the server has stored it. A click and a
   * retrying assertion rather than setChecked(): React puts a controlled checkbox back for the
   * moment until TanStack Query's notification (a macrotask) re-renders it, and setChecked
   * reads the state once, right after its click; under CI's load it read that moment.
   */
  async setMarkSeenOnOpen(value: boolean): Promise<void> {
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/api/settings') && r.request().method() === 'PATCH');
    await expect(this.markSeenOnOpen).toBeChecked({ checked: !value });
    await this.markSeenOnOpen.click();
    await expect(this.markSeenOnOpen).toBeChecked({ checked: value });
    await saved;
  }
}
