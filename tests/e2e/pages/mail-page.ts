import { expect, type Locator, type Page } from '@playwright/test';
import { mailboxId } from '../../../lib/ids';
import { cssString } from './selectors';

/** The signed-in shell at /mail/<mailboxId>: folder tree, list pane, reading pane, top bar. */
export class MailPage {
  readonly folders: Locator;
  /** The loaded tree; absent while the skeleton or the error shows. */
  readonly tree: Locator;
  readonly folderItems: Locator;
  readonly foldersLoading: Locator;
  readonly foldersError: Locator;
  readonly listPane: Locator;
  readonly listTitle: Locator;
  readonly counts: Locator;
  readonly listEmpty: Locator;
  readonly readingPane: Locator;
  readonly notFound: Locator;
  readonly signedInUser: Locator;
  readonly signOutButton: Locator;
  /** Phones only: opens the full-screen folder pane. */
  readonly foldersButton: Locator;
  readonly closeFoldersButton: Locator;

  constructor(readonly page: Page) {
    this.folders = page.getByRole('navigation', { name: 'Folders' });
    this.tree = page.getByTestId('folder-tree');
    this.folderItems = page.getByTestId('mailbox-item');
    this.foldersLoading = page.getByTestId('mailbox-loading');
    this.foldersError = page.getByTestId('mailbox-error');
    this.listPane = page.getByTestId('message-list-pane');
    this.listTitle = this.listPane.getByRole('heading', { level: 1 });
    this.counts = page.getByTestId('mailbox-counts');
    this.listEmpty = page.getByTestId('message-list-empty');
    this.readingPane = page.getByTestId('reading-pane');
    this.notFound = page.getByTestId('mailbox-not-found');
    this.signedInUser = page.getByTestId('signed-in-user');
    this.signOutButton = page.getByTestId('sign-out');
    this.foldersButton = page.getByRole('button', { name: 'Folders', exact: true });
    this.closeFoldersButton = page.getByRole('button', { name: 'Close folders' });
  }

  /** Opens a folder by its IMAP path through the URL, as a bookmark would. */
  async goto(path = 'INBOX'): Promise<void> {
    await this.page.goto(`/mail/${mailboxId(path)}`);
  }

  /** The folder row for an IMAP path, matched exactly (data-path), never by its display name. */
  folder(path: string): Locator {
    return this.page.locator(`[data-testid="mailbox-item"][data-path=${cssString(path)}]`);
  }

  /** The unread badge of a folder; absent when the folder has no unread mail. */
  unreadBadge(path: string): Locator {
    return this.folder(path).getByTestId('mailbox-unread');
  }

  /** The folder's unread count as a number: 0 when the badge is hidden. */
  async unreadCount(path: string): Promise<number> {
    await expect(this.folder(path)).toBeAttached();
    const badge = this.unreadBadge(path);
    if ((await badge.count()) === 0) return 0;
    return Number(((await badge.textContent()) ?? '').replace(/\D/g, ''));
  }

  /** The IMAP paths of the folder tree, in display order. */
  async folderPaths(): Promise<string[]> {
    await expect(this.folderItems.first()).toBeAttached();
    return this.folderItems.evaluateAll((items) => items.map((item) => item.getAttribute('data-path') ?? ''));
  }

  /** The IMAP paths nested under a folder (its own list item holds their rows), in display order. */
  async childPaths(path: string): Promise<string[]> {
    // Ancestors' items contain the row too and come first in document order: the last match is the folder's own.
    const item = this.page
      .getByRole('listitem')
      .filter({ has: this.folder(path) })
      .last();
    const paths = await item
      .getByTestId('mailbox-item')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-path') ?? ''));
    return paths.filter((candidate) => candidate !== path);
  }

  /** Waits until the folder list has loaded: the tree is in the DOM (hidden on phones until the pane opens). */
  async waitForFolders(): Promise<void> {
    await expect(this.tree).toBeAttached();
    await expect(this.foldersLoading).toHaveCount(0);
  }

  /** Clicks a folder and waits until it is the selected one. On phones, opens the folder pane first. */
  async openFolder(path: string): Promise<void> {
    if (await this.foldersButton.isVisible()) await this.openFoldersPane();
    await this.folder(path).click();
    await expect(this.folder(path)).toHaveAttribute('aria-current', 'page');
    // The previous folder stays drawn (and clickable) until the next one's rows are in (mailbox-view.tsx).
    await expect(this.page.getByTestId('folder-view')).not.toHaveAttribute('aria-busy', 'true');
  }

  async openFoldersPane(): Promise<void> {
    await this.foldersButton.click();
    await expect(this.page).toHaveURL(/[?&]pane=folders/);
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
    await this.page.waitForURL(/\/login$/);
  }
}
