import { randomBytes } from 'node:crypto';
import { ensureUser } from '../../scripts/imap/users';
import { HUGE_HEADERS } from '../fixtures/mail/malformed/huge-headers';
import { MessageListPage } from './pages/message-list-page';
import { MessageViewPage } from './pages/message-view-page';
import { appendMessages } from './support/append-messages';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

const [subjectLine, , manyCc] = HUGE_HEADERS;

test('a 50 MB subject and a Cc of 1.5 million addresses are listed and read, cut and counted', async ({
  loginPage,
  mailPage,
  page,
}) => {
  if (!subjectLine || !manyCc) throw new Error('the huge-header table changed');
  const reader = { user: `e2e-huge-${randomBytes(4).toString('hex')}`, password: `pw-${randomBytes(9).toString('base64url')}` };
  ensureUser(reader.user, reader.password);
  const [huge, cc] = await appendMessages(reader.user, reader.password, [subjectLine.bytes(), manyCc.bytes()]);
  await loginPage.goto();
  await loginPage.signInAndWait(reader.user, reader.password);
  await mailPage.waitForFolders();

  const list = new MessageListPage(page);
  const view = new MessageViewPage(page);
  await list.row(huge?.uid ?? 0).click();
  await expect(view.subject).toContainText('Huge tango tango');
  await expect(view.notes).toContainText('only its start was read');
  await expect(view.body).toContainText(subjectLine.words);
  await saveScreenshot(page, 'message-huge-header');

  await list.row(cc?.uid ?? 0).click();
  await expect(view.subject).toHaveText('A million and a half');
  await expect(view.omittedRecipients).toHaveText(/^and at least [\d,]+ more recipients$/);
  await expect(view.body).toContainText(manyCc.words);
  await saveScreenshot(page, 'message-many-recipients');
});
