import { expect, type Locator, type Page } from '@playwright/test';
import { cssString } from './selectors';

/** The folder menu of a row, the New folder button, and the name and delete dialogs. */
export class FolderActionsPage {
  readonly newFolderButton: Locator;
  readonly menu: Locator;
  readonly nameDialog: Locator;
  readonly nameInput: Locator;
  readonly nameProblem: Locator;
  readonly deleteDialog: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.newFolderButton = page.getByTestId('new-folder-button');
    this.menu = page.locator('[data-testid="folder-menu"]:popover-open');
    this.nameDialog = page.getByTestId('folder-name-dialog');
    this.nameInput = page.getByTestId('folder-name-input');
    this.nameProblem = page.getByTestId('folder-name-problem');
    this.deleteDialog = page.getByTestId('delete-folder-dialog');
    this.notice = page.getByTestId('change-failed');
  }

  /** The list item of a folder (its row and its menu), matched by IMAP path. */
  private item(path: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.locator(`[data-testid="mailbox-item"][data-path=${cssString(path)}]`) })
      .last();
  }

  async openMenu(path: string): Promise<void> {
    const item = this.item(path);
    await item.locator('[data-testid="mailbox-item"]').first().hover();
    // The item holds its subfolders' rows and buttons too; its own button comes first.
    await item.getByTestId('folder-menu-button').first().click();
    await expect(this.menu).toBeVisible();
  }

  /** Picks a menu item ("New subfolder", "Rename", "Delete") of the open menu. */
  async choose(name: string): Promise<void> {
    await this.menu.getByRole('menuitem', { name }).click();
  }

  /** Types a name into the open name dialog and submits it, waiting for the server's answer. */
  async submitName(name: string, method: 'POST' | 'PATCH'): Promise<void> {
    await expect(this.nameDialog).toBeVisible();
    await this.nameInput.fill(name);
    const answered = this.page.waitForResponse((r) => r.url().includes('/api/mailboxes') && r.request().method() === method);
    await this.page.getByTestId('folder-name-submit').click();
    await answered;
  }

  async confirmDelete(): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().includes('/api/mailboxes/') && r.request().method() === 'DELETE');
    await this.page.getByTestId('delete-folder-confirm').click();
    await answered;
  }
}
