import { createHash, randomBytes } from 'node:crypto';
import { emlName } from '../../lib/compose/eml-name';
import { forwardSubject } from '../../lib/compose/reply-subject';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { MAIL_DOMAIN } from '../../scripts/smtp/paths';
import { ComposePage } from './pages/compose-page';
import { createAccount, seededOfKind } from './support/accounts';
import { expect, test } from './support/fixtures';
import { awaitOne, findBySubject } from './support/mail-on-server';
import { LOOKS, saveScreenshot, showAs } from './support/screenshots';

/**
 * Writing mail end to end: the browser composes, the app sends through the project's Postfix,
 * Postfix delivers into Dovecot over LMTP, and an independent IMAP session checks Sent, Drafts
 * and the recipient's INBOX. The app runs with SEND_DELAY_MS 4 s (playwright.config.ts).
 */
const subjectOf = (what: string) => `${what} ${randomBytes(3).toString('hex')}`;
const addressOf = (user: string) => `${user}@${MAIL_DOMAIN}`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('a message with an attachment is sent after the undo delay, filed in Sent, delivered, and its reply threads', async ({
  page,
  loginPage,
  mailPage,
}) => {
  test.setTimeout(90_000);
  const [ana, bea] = await Promise.all([createAccount('compose-ana', 2), createAccount('compose-bea', 2)]);
  const subject = subjectOf('Quarterly report');
  const report = randomBytes(6 * 1024 * 1024);
  await loginPage.goto();
  await loginPage.signInAndWait(ana.user, ana.password);
  await mailPage.waitForFolders();

  const compose = new ComposePage(page);
  await compose.open();
  await compose.addRecipients('to', `Bea <${addressOf(bea.user)}>`);
  await expect(compose.chips('to')).toHaveCount(1);
  await expect(compose.chips('to').first()).toHaveAttribute('data-address', addressOf(bea.user));
  await compose.subject.fill(subject);
  await compose.write('Hello Bea, the report is attached.');

  // 6 MiB goes in 4 MiB chunks: the second is held until the bar has shown the first's bytes.
  let releaseChunk: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    releaseChunk = resolve;
  });
  let chunks = 0;
  await page.route('**/api/attachments/uploads/*', async (route) => {
    chunks += 1;
    if (chunks === 2) await held;
    await route.continue();
  });
  await compose.attach([{ name: 'report.bin', mimeType: 'application/octet-stream', buffer: report }]);
  const item = compose.attachments.first();
  const bar = item.getByTestId('attachment-progress');
  await expect(item).toHaveAttribute('data-status', 'uploading');
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(4 * 1024 * 1024);
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(report.length);
  await saveScreenshot(page, 'compose-uploading');
  releaseChunk();
  await expect(item).toHaveAttribute('data-status', 'done');
  await saveScreenshot(page, 'compose-ready');

  await compose.send.click();
  await expect(compose.panel).toBeHidden();
  await expect(compose.toast).toContainText('Sending');
  await expect(page.getByTestId('undo-button')).toBeVisible();
  await expect(compose.toast).toContainText('Message sent', { timeout: 15_000 });

  const sent = await awaitOne(ana, 'Sent', subject);
  expect(sent.flags).toContain('\\Seen');
  const received = await awaitOne(bea, 'INBOX', subject);
  expect(received.attachments).toEqual([{ filename: 'report.bin', sha256: sha256(report) }]);
  expect(received.messageId).toBe(sent.messageId);
  // The queued copy left Drafts when it went.
  expect(await findBySubject(ana, 'Drafts', subject)).toEqual([]);

  // Bea answers from the reading pane: Ana is the recipient, Re: once, the original quoted.
  await mailPage.signOut();
  await loginPage.signInAndWait(bea.user, bea.password);
  await mailPage.waitForFolders();
  await page.getByTestId('message-row').filter({ hasText: subject }).click();
  await page.getByTestId('action-reply').click();
  await expect(compose.panel).toBeVisible();
  await expect(compose.chips('to')).toHaveCount(1);
  await expect(compose.chips('to').first()).toHaveAttribute('data-address', addressOf(ana.user));
  await expect(compose.subject).toHaveValue(`Re: ${subject}`);
  await expect(compose.editor.locator('blockquote')).toContainText('the report is attached');
  await compose.editor.press('ControlOrMeta+Home');
  await page.keyboard.type('Thanks, got it.');
  await saveScreenshot(page, 'compose-reply');
  await compose.editor.press('ControlOrMeta+Enter');
  await expect(compose.panel).toBeHidden();
  await expect(compose.toast).toContainText('Message sent', { timeout: 15_000 });

  const reply = await awaitOne(ana, 'INBOX', `Re: ${subject}`);
  expect(reply.inReplyTo).toBe(sent.messageId);
  const original = await awaitOne(bea, 'INBOX', subject);
  expect(original.flags).toContain('\\Answered');
});

test('a draft saves itself while typing, once, survives a reload, and Undo brings a send back to it', async ({
  page,
  freshAccount,
  mailPage,
}) => {
  test.setTimeout(90_000);
  const bea = await createAccount('compose-undo', 1);
  const subject = subjectOf('Plans');
  const compose = new ComposePage(page);
  await compose.open();
  await compose.addRecipients('to', addressOf(bea.user));
  await compose.subject.fill(subject);
  await compose.write('First words');
  await expect(compose.saveStatus).toHaveAttribute('data-state', 'saved');
  expect(await findBySubject(freshAccount, 'Drafts', subject)).toHaveLength(1);
  const saved = page.waitForResponse(
    (response) => response.url().endsWith('/api/drafts') && response.request().method() === 'PUT',
  );
  await page.keyboard.type(' and more');
  expect((await saved).status()).toBe(200);
  await expect(compose.saveStatus).toHaveAttribute('data-state', 'saved');
  // Replaced, never piled up.
  expect(await findBySubject(freshAccount, 'Drafts', subject)).toHaveLength(1);

  await page.reload();
  await mailPage.waitForFolders();
  await expect(compose.panel).toBeHidden();
  await mailPage.openFolder('Drafts');
  await page.getByTestId('message-row').filter({ hasText: subject }).click();
  await page.getByTestId('action-edit-draft').click();
  await expect(compose.chips('to').first()).toHaveAttribute('data-address', addressOf(bea.user));
  await expect(compose.subject).toHaveValue(subject);
  await expect(compose.editor).toHaveText('First words and more');

  await compose.send.click();
  await expect(compose.panel).toBeHidden();
  await page.getByTestId('undo-button').click();
  await expect(compose.toast).toContainText('Sending undone');
  await expect(compose.panel).toBeVisible();
  await expect(compose.subject).toHaveValue(subject);
  await expect(compose.editor).toHaveText('First words and more');
  await saveScreenshot(page, 'compose-undone');
  expect(await findBySubject(bea, 'INBOX', subject)).toEqual([]);

  // A plain draft again: no alarm can claim it (tests/integration/undo-send.test.ts waits out a late one).
  const drafts = await findBySubject(freshAccount, 'Drafts', subject);
  expect(drafts).toHaveLength(1);
  expect(drafts[0]?.flags).not.toContain('$LetterboxQueued');
});

test('the compose view in light, dark and on a phone: suggestions from recent mail, chips, a refused address, an attachment', async ({
  page,
  freshAccount,
}) => {
  test.setTimeout(90_000);
  const compose = new ComposePage(page);
  const sender = freshAccount.messages.find((message) => /^[a-z]/i.test(message.fromAddress));
  if (!sender) throw new Error('the seeded INBOX has no sender to suggest');
  for (const scheme of LOOKS) {
    await showAs(page, scheme);
    await compose.open();
    const input = compose.panel.getByTestId('compose-to-input');
    await input.fill(sender.fromAddress.slice(0, 3));
    const suggestion = page.getByTestId('address-suggestion').filter({ hasText: sender.fromAddress });
    await expect(suggestion).toBeVisible();
    await saveScreenshot(page, `compose-suggestions-${scheme}`);
    await suggestion.click();
    await expect(compose.chips('to').first()).toHaveAttribute('data-address', sender.fromAddress);

    await input.fill('not an address');
    await input.press('Enter');
    await expect(compose.panel.getByTestId('compose-to-error')).toContainText('@');
    await expect(input).toHaveValue('not an address');
    await input.fill('');

    await compose.subject.fill(`Look ${scheme}`);
    await compose.write('A **first** line');
    await compose.attach([{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes\n') }]);
    await expect(compose.attachments.first()).toHaveAttribute('data-status', 'done');
    await saveScreenshot(page, `compose-${scheme}`);
    await compose.close.click();
    await expect(compose.panel).toBeHidden();
    await expect(compose.toast).toContainText('Draft saved');
  }
  // Each closed view left one draft, whole.
  for (const scheme of ['light', 'dark', 'phone']) {
    const [draft] = await findBySubject(freshAccount, 'Drafts', `Look ${scheme}`);
    expect(draft?.flags).toContain('\\Draft');
    expect(draft?.attachments.map((attachment) => attachment.filename)).toEqual(['notes.txt']);
  }
});

test('identities and a signature from the settings: From offers them, the default signs, the recipient sees the name', async ({
  page,
  freshAccount,
}) => {
  test.setTimeout(60_000);
  const bea = await createAccount('compose-sig', 1);
  const own = addressOf(freshAccount.user);
  const work = `${freshAccount.user}+work@${MAIL_DOMAIN}`;
  await page.getByTestId('settings-button').click();
  await page.getByTestId('identities-settings').click();
  const dialog = page.getByTestId('identities-dialog');
  const editors = dialog.getByTestId('identity-editor');
  await expect(editors.first().getByTestId('identity-address')).toHaveValue(own);
  // Another user's address is the server's to refuse, with the field named in the dialog.
  await editors.first().getByTestId('identity-address').fill(addressOf(bea.user));
  await dialog.getByTestId('identities-save').click();
  await expect(dialog.getByTestId('identities-error')).toContainText(`${freshAccount.user}+anything@`);
  await editors.first().getByTestId('identity-address').fill(work);
  await editors.first().getByTestId('identity-name').fill('Fresh at work');
  await editors.first().getByTestId('identity-signature').fill('Fresh\nThe work desk');
  await dialog.getByTestId('identity-add').click();
  await editors.nth(1).getByTestId('identity-address').fill(own);
  await editors.nth(1).getByTestId('identity-signature').fill('Fresh, at home');
  await saveScreenshot(page, 'identities-dialog');
  await dialog.getByTestId('identities-save').click();
  await expect(dialog).toBeHidden();

  const compose = new ComposePage(page);
  await compose.open();
  const from = compose.panel.getByTestId('compose-from');
  await expect(from.locator('option:checked')).toHaveText(`Fresh at work <${work}>`);
  // The default identity's signature, under "-- " (RFC 3676 §4.3), below the line to write on.
  await expect(compose.editor.locator('p').nth(1)).toContainText('--');
  await expect(compose.editor.locator('p').nth(1)).toContainText('The work desk');
  const subject = subjectOf('Signed');
  await compose.addRecipients('to', addressOf(bea.user));
  await compose.subject.fill(subject);
  await compose.write('Hello');
  await expect(compose.editor.locator('p').first()).toHaveText('Hello');
  // Another From swaps the signature in place, below what was written; and back.
  await from.selectOption({ label: `Fresh at work <${own}>` });
  await expect(compose.editor).toContainText('Fresh, at home');
  await expect(compose.editor).not.toContainText('The work desk');
  await expect(compose.editor.locator('p').first()).toHaveText('Hello');
  await from.selectOption({ label: `Fresh at work <${work}>` });
  await expect(compose.editor.locator('p').nth(1)).toContainText('The work desk');
  await expect(compose.editor).not.toContainText('Fresh, at home');
  await saveScreenshot(page, 'compose-from');
  await compose.send.click();
  await expect(compose.toast).toContainText('Message sent', { timeout: 15_000 });
  const received = await awaitOne(bea, 'INBOX', subject);
  expect(received.from).toBe(`Fresh at work <${work}>`);
});

test('a forward inline carries the attachments kept in the panel, streamed from the original', async ({ page, freshAccount }) => {
  test.setTimeout(60_000);
  const bea = await createAccount('compose-fwd', 1);
  const original = seededOfKind(freshAccount, 'attachment');
  const files = (original.attachments ?? []).filter((file) => file.disposition === 'attachment');
  if (files.length < 2) throw new Error('the seeded attachment message has fewer than two attachments');
  await page.getByTestId('message-row').filter({ hasText: original.subject }).first().click();
  await page.getByTestId('action-forward').click();
  const compose = new ComposePage(page);
  const forwarded = compose.panel.getByTestId('forwarded-attachment');
  await expect(forwarded).toHaveCount(files.length);
  await expect(compose.subject).toHaveValue(forwardSubject(original.subject));
  // Keep the first; the others are taken off.
  const [kept, ...dropped] = files;
  for (const file of dropped) await compose.panel.getByRole('button', { name: `Remove ${file.filename}` }).click();
  await expect(forwarded).toHaveCount(1);
  await saveScreenshot(page, 'compose-forward');
  await compose.addRecipients('to', addressOf(bea.user));
  await compose.send.click();
  await expect(compose.toast).toContainText('Message sent', { timeout: 15_000 });
  const received = await awaitOne(bea, 'INBOX', forwardSubject(original.subject));
  expect(received.attachments).toEqual([{ filename: kept?.filename, sha256: kept?.sha256 }]);
});

test('a forward as attachment carries the original byte for byte as an .eml, nothing quoted', async ({ page, freshAccount }) => {
  test.setTimeout(60_000);
  const cy = await createAccount('compose-fwd-eml', 1);
  const original = seededOfKind(freshAccount, 'attachment');
  const [stored] = await findBySubject(freshAccount, 'INBOX', original.subject);
  if (!stored) throw new Error('the seeded message is not in INBOX');
  const source = await withDirectImap(freshAccount, async (imap) => {
    const lock = await imap.getMailboxLock('INBOX', { readOnly: true });
    try {
      const message = await imap.fetchOne(String(stored.uid), { source: true }, { uid: true });
      return message ? message.source : undefined;
    } finally {
      lock.release();
    }
  });
  if (!source) throw new Error('the original could not be read');

  await page.getByTestId('message-row').filter({ hasText: original.subject }).first().click();
  await page.getByTestId('action-forward-attachment').click();
  const compose = new ComposePage(page);
  await expect(compose.panel.getByTestId('forwarded-attachment')).toContainText(emlName(original.subject));
  await expect(compose.subject).toHaveValue(forwardSubject(original.subject));
  await expect(compose.editor).not.toContainText('Forwarded message');
  await saveScreenshot(page, 'compose-forward-attachment');
  await compose.addRecipients('to', addressOf(cy.user));
  await compose.write('The original is attached.');
  await compose.send.click();
  await expect(compose.toast).toContainText('Message sent', { timeout: 15_000 });
  const received = await awaitOne(cy, 'INBOX', forwardSubject(original.subject));
  expect(received.attachments).toEqual([{ filename: emlName(original.subject), sha256: sha256(source) }]);
  const [forwarded] = await findBySubject(freshAccount, 'INBOX', original.subject);
  expect(forwarded?.flags).toContain('$Forwarded');
});
