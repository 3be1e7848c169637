import type { Page } from '@playwright/test';
import { MessageListPage } from '../pages/message-list-page';

/** INBOX's first page as the API gives it, once its rows are drawn: where the list specs start. */
export async function firstPage(page: Page) {
  const list = new MessageListPage(page);
  const api = await list.fetchPage('INBOX');
  await list.waitForRows();
  return { list, api, messages: api.messages };
}
