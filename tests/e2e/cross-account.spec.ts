import type { APIRequestContext, Page } from '@playwright/test';
import { messageId } from '../../lib/ids';
import type { MessageView } from '../../lib/schemas/message-view';
import type { SettingsResponse } from '../../lib/schemas/settings';
import { DEFAULT_SETTINGS } from '../../lib/schemas/values';
import { withDirectImap } from '../../scripts/harness/direct-imap';
import { LoginPage } from './pages/login-page';
import { createAccount, seededOfKind, type TestAccount } from './support/accounts';
import { expect, test } from './support/fixtures';

/**
 * Message ids carry no account: they pack mailbox path, UIDVALIDITY and UID, and the signed-in
 * session alone decides whose mailbox they are looked up in. So another reader's id, however
 * real, must answer 404 as any unknown message does (documenso's "unauthorized API access"
 * tests, in the app's terms), and never be served from the other reader's mailbox or pooled
 * connection. Both readers' INBOXes have the same path and UIDs 1..20; only their UIDVALIDITY
 * differs (see below), which is what the lookup in the wrong account must trip on.
 */

interface Targets {
  account: TestAccount;
  /** Every URL below, by what it reaches. */
  urls: Record<'message' | 'raw' | 'part' | 'attached' | 'seen', string>;
  /** Text only this account's answers contain, to show an answer is not the owner's mail. */
  subjects: string[];
}

async function uidValidity(account: TestAccount): Promise<number> {
  const status = await withDirectImap(account, (imap) => imap.status('INBOX', { uidValidity: true }));
  if (!status || status.uidValidity === undefined) throw new Error(`no UIDVALIDITY for ${account.user}'s INBOX`);
  return Number(status.uidValidity);
}

/** UIDVALIDITY is the time the mailbox was indexed, in seconds: two users indexed in one second share it. */
async function nextSecond(after: number): Promise<void> {
  while (Math.floor(Date.now() / 1000) <= after) await new Promise((r) => setTimeout(r, 100));
}

/** The account's own ids, built from its real mailbox: INBOX, its UIDVALIDITY, the UIDs its seeded messages got. */
async function targetsOf(account: TestAccount, owner: APIRequestContext): Promise<Targets> {
  const validity = await uidValidity(account);
  const count = account.messages.length;
  // Index 0 is the newest message, i.e. the highest UID.
  const id = (index: number) => messageId({ path: 'INBOX', uidValidity: validity, uid: count - index });
  const forward = seededOfKind(account, 'forward');
  const attachment = account.messages.find((message) => message.kind === 'attachment' && message.attachments?.length);
  if (!attachment) throw new Error(`the seeder made no attachment for ${account.user}`);
  const view = (await (await owner.get(`/api/messages/${id(attachment.index)}`)).json()) as MessageView;
  const part = view.attachments[0]?.part;
  if (!part) throw new Error(`message ${attachment.index} of ${account.user} lists no attachment`);
  const plain = id(0);
  return {
    account,
    urls: {
      message: `/api/messages/${plain}`,
      raw: `/api/messages/${plain}/raw`,
      part: `/api/messages/${id(attachment.index)}/parts/${part}`,
      // The seeder's forward carries the original as its second part (message/rfc822).
      attached: `/api/messages/${id(forward.index)}/attached/2`,
      seen: `/api/messages/${plain}/seen`,
    },
    subjects: [account.messages[0]?.subject ?? '', attachment.subject, forward.subject].filter(Boolean),
  };
}

async function call(request: APIRequestContext, baseURL: string, what: keyof Targets['urls'], url: string) {
  // A POST carries the page's Origin, as the browser's own fetch does (the CSRF check wants it).
  const response = what === 'seen' ? await request.post(url, { headers: { origin: baseURL } }) : await request.get(url);
  return { status: response.status(), body: await response.text() };
}

/** Each URL answers the owner 200 and the other reader 404, with none of the owner's mail in the answer. */
async function expectOnlyOwnerReaches(targets: Targets, owner: APIRequestContext, other: APIRequestContext, baseURL: string) {
  for (const [what, url] of Object.entries(targets.urls) as [keyof Targets['urls'], string][]) {
    expect((await call(owner, baseURL, what, url)).status, `${targets.account.user} reading its own ${what}`).toBe(200);
  }
  for (const [what, url] of Object.entries(targets.urls) as [keyof Targets['urls'], string][]) {
    const { status, body } = await call(other, baseURL, what, url);
    expect(status, `another reader asking for ${targets.account.user}'s ${what}`).toBe(404);
    for (const subject of targets.subjects) expect(body).not.toContain(subject);
  }
}

async function signInElsewhere(page: Page, account: TestAccount, baseURL: string) {
  const context = await page.context().browser()?.newContext({ baseURL });
  if (!context) throw new Error('no second browser context');
  const login = new LoginPage(await context.newPage());
  await login.goto();
  await login.signInAndWait(account.user, account.password);
  return context;
}

test('a signed-in reader never reaches another reader’s message, part, raw source, attached message or settings', async ({
  freshAccount: a,
  page,
  baseURL,
}) => {
  if (!baseURL) throw new Error('no baseURL');
  // B is indexed in a later second than A, so its INBOX has another UIDVALIDITY: with the same
  // one, B's id would name A's own message of that UID, which A may read (ids carry no account).
  const aValidity = await uidValidity(a);
  await nextSecond(aValidity);
  const b = await createAccount('other');
  expect(await uidValidity(b), 'the two INBOXes must differ in UIDVALIDITY').not.toBe(aValidity);
  const bContext = await signInElsewhere(page, b, baseURL);
  try {
    const asA = page.request;
    const asB = bContext.request;
    // B reads its own mail first, so B has pooled connections that A's requests must not ride.
    await expectOnlyOwnerReaches(await targetsOf(b, asB), asB, asA, baseURL);
    await expectOnlyOwnerReaches(await targetsOf(a, asA), asA, asB, baseURL);

    // Settings have no id: the session alone picks whose. A change of A's never shows in B's.
    const patched = await asA.patch('/api/settings', {
      headers: { origin: baseURL },
      data: { markSeenOnOpen: false, remoteContentSenders: ['a-only@example.com'] },
    });
    expect(patched.status()).toBe(200);
    const bSettings = (await (await asB.get('/api/settings')).json()) as SettingsResponse;
    expect(bSettings.settings).toEqual(DEFAULT_SETTINGS);
    const aSettings = (await (await asA.get('/api/settings')).json()) as SettingsResponse;
    expect(aSettings.settings).toEqual({
      ...DEFAULT_SETTINGS,
      markSeenOnOpen: false,
      remoteContentSenders: ['a-only@example.com'],
    });
  } finally {
    await bContext.close();
  }
});
