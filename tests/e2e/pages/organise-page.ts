import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { MailPage } from './mail-page';
import { MessageListPage } from './message-list-page';

/**
 * The organising controls: row checkboxes and stars, the bulk toolbar, the reading pane's
 * action bar, the Move menu, the undo toast, the shortcut overlay.
 */
export class OrganisePage {
  readonly mail: MailPage;
  readonly list: MessageListPage;
  readonly toolbar: Locator;
  readonly selectedCount: Locator;
  readonly selectAll: Locator;
  readonly selectAllCheckbox: Locator;
  readonly messageActions: Locator;
  readonly moveMenu: Locator;
  readonly moveFilter: Locator;
  readonly undoToast: Locator;
  readonly undoButton: Locator;
  readonly changeFailed: Locator;
  readonly shortcutHelp: Locator;

  constructor(readonly page: Page) {
    this.mail = new MailPage(page);
    this.list = new MessageListPage(page);
    this.toolbar = page.getByTestId('bulk-toolbar');
    this.selectedCount = page.getByTestId('selected-count');
    this.selectAll = page.getByTestId('select-all');
    this.selectAllCheckbox = page.getByTestId('select-all-checkbox');
    this.messageActions = page.getByTestId('message-actions');
    this.moveMenu = page.getByTestId('move-menu');
    this.moveFilter = page.getByTestId('move-filter');
    this.undoToast = page.getByTestId('undo-toast');
    this.undoButton = page.getByTestId('undo-button');
    this.changeFailed = page.getByTestId('change-failed');
    this.shortcutHelp = page.getByTestId('shortcut-help');
  }

  star(uid: number): Locator {
    return this.list.row(uid).getByTestId('star-toggle');
  }

  /** The open message's star, in the reading pane's header. */
  get openStar(): Locator {
    return this.page.getByTestId('message-view').getByTestId('star-toggle');
  }

  checkbox(uid: number): Locator {
    return this.list.row(uid).getByTestId('row-checkbox');
  }

  action(name: 'archive' | 'delete' | 'junk' | 'move' | 'unread'): Locator {
    return this.messageActions.getByTestId(`action-${name}`);
  }

  bulk(name: 'archive' | 'delete' | 'move'): Locator {
    return this.toolbar.getByTestId(`bulk-${name}`);
  }

  moveTarget(path: string): Locator {
    return this.moveMenu.locator(`[data-testid="move-target"][data-path="${path}"]`);
  }

  /**
   * The answer of the next organising request (flags, move, archive, …); with `carrying`, only
   * one whose body names it (a flag), so opening a message, which marks it \\Seen, is not taken for it.
   */
  nextAnswer(path: RegExp = /\/api\/messages(\/[a-z-]+)?$/, carrying?: string): Promise<Response> {
    return this.page.waitForResponse((response) => {
      const request = response.request();
      if (request.method() === 'GET' || !path.test(new URL(response.url()).pathname)) return false;
      return carrying === undefined || (request.postData() ?? '').includes(JSON.stringify(carrying).slice(1, -1));
    });
  }

  /** Scrolls the list until the row of `uid` (at list position `position`) exists. */
  async reveal(uid: number, position: number): Promise<Locator> {
    const row = this.list.row(uid);
    for (let step = 0; (await row.count()) === 0; step++) {
      expect(step, `row ${uid} never appeared`).toBeLessThan(80);
      await this.list.scrollToPosition(position);
      await this.page.waitForTimeout(50);
    }
    return row;
  }

  /** Presses keys on the page with focus on the list, as a reader using shortcuts does. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }
}
