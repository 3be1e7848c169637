import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { postfixCanRun } from '../../scripts/harness/postfix';
import { MAIL_DOMAIN, postfixPaths } from '../../scripts/smtp/paths';
import { withDirectImap } from './support/direct-imap';
import { IMAP } from './support/servers';
import { authPlain, SMTP, SmtpDialog } from './support/smtp';
import { freshUser, type TestUser } from './support/users';

/** A connection past EHLO, authenticated when `login` is given (which must succeed). */
async function session(port: number, login?: TestUser): Promise<SmtpDialog> {
  const { dialog, greeting } = await SmtpDialog.open(port);
  expect(greeting.code).toBe(220);
  expect((await dialog.command('EHLO client.letterbox.test')).code).toBe(250);
  if (login) expect((await dialog.command(authPlain(login.user, login.password))).code).toBe(235);
  return dialog;
}

function message(subject: string, from: string, to: string): string {
  return [
    `From: <${from}>`,
    `To: <${to}>`,
    `Subject: ${subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${randomBytes(8).toString('hex')}@${MAIL_DOMAIN}>`,
    '',
    'Hello from the SMTP rig.',
    '.A line that starts with a dot.',
    '',
  ].join('\r\n');
}

/** Polls `owner`'s INBOX until a message with `subject` arrives: Postfix delivers within a second. */
async function arrived(owner: TestUser, subject: string): Promise<{ from?: string; source: string }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = await withDirectImap({ ...owner, port: IMAP.port }, async (imap) => {
      const lock = await imap.getMailboxLock('INBOX', { readOnly: true });
      try {
        const uids = await imap.search({ header: { subject } }, { uid: true });
        if (!uids || uids.length === 0) return undefined;
        const fetched = await imap.fetchOne(String(uids[0]), { envelope: true, source: true }, { uid: true });
        return fetched ? { from: fetched.envelope?.from?.[0]?.address, source: fetched.source?.toString() ?? '' } : undefined;
      } finally {
        lock.release();
      }
    });
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no message "${subject}" in ${owner.user}'s INBOX within 15 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const subjectFor = (what: string) => `${what} ${randomBytes(6).toString('hex')}`;

/** The queue id of a `250 2.0.0 Ok: queued as ID` reply. */
const queueId = (lines: string[] | undefined) => /queued as (\w+)/.exec(lines?.join(' ') ?? '')?.[1];

// Postfix runs only as root (scripts/harness/postfix.ts): rootless, global setup does not start it.
describe.skipIf(!postfixCanRun())('the local Postfix (scripts/smtp)', () => {
  it('delivers a message submitted with AUTH PLAIN on the submission port into the recipient’s INBOX', async () => {
    const sender = freshUser('smtp-from');
    const recipient = freshUser('smtp-to');
    const subject = subjectFor('submitted');
    const dialog = await session(SMTP.submissionPort, sender);
    try {
      expect((await dialog.command(`MAIL FROM:<${sender.user}@${MAIL_DOMAIN}>`)).code).toBe(250);
      expect((await dialog.command(`RCPT TO:<${recipient.user}@${MAIL_DOMAIN}>`)).code).toBe(250);
      const sent = await dialog.data(message(subject, `${sender.user}@${MAIL_DOMAIN}`, `${recipient.user}@${MAIL_DOMAIN}`));
      expect(sent.start.code).toBe(354);
      expect(sent.end?.code).toBe(250);
    } finally {
      await dialog.close();
    }
    const delivered = await arrived(recipient, subject);
    expect(delivered.from).toBe(`${sender.user}@${MAIL_DOMAIN}`);
    expect(delivered.source).toContain('\r\n.A line that starts with a dot.\r\n');
  });

  it('refuses AUTH with a wrong password with 535 (RFC 4954)', async () => {
    const user = freshUser('smtp-wrong');
    const dialog = await session(SMTP.submissionPort);
    try {
      const reply = await dialog.command(authPlain(user.user, `${user.password}-wrong`));
      expect(reply.code).toBe(535);
      expect(reply.lines[0]).toMatch(/^5\.7\.8 /);
    } finally {
      await dialog.close();
    }
  });

  it('refuses MAIL, and so any RCPT, from a client that did not authenticate on the submission port', async () => {
    const recipient = freshUser('smtp-unauth');
    const dialog = await session(SMTP.submissionPort);
    try {
      const mail = await dialog.command(`MAIL FROM:<${recipient.user}@${MAIL_DOMAIN}>`);
      expect(mail.code).toBe(554);
      expect(mail.lines[0]).toMatch(/^5\.7\.1 .*Access denied/);
      expect((await dialog.command(`RCPT TO:<${recipient.user}@${MAIL_DOMAIN}>`)).code).toBe(503);
    } finally {
      await dialog.close();
    }
  });

  it('takes mail for USER@localhost on the SMTP port without AUTH, but refuses there to relay to another domain', async () => {
    const recipient = freshUser('smtp-local');
    const subject = subjectFor('unauthenticated');
    const dialog = await session(SMTP.port);
    try {
      expect((await dialog.command('MAIL FROM:<stranger@example.org>')).code).toBe(250);
      const relay = await dialog.command('RCPT TO:<someone@example.com>');
      expect(relay.code).toBe(554);
      expect(relay.lines[0]).toMatch(/^5\.7\.1 .*Relay access denied/);
      // Upper case too: Dovecot's LMTP looks users up by the lowercased local part.
      expect((await dialog.command(`RCPT TO:<${recipient.user.toUpperCase()}@localhost>`)).code).toBe(250);
      expect((await dialog.data(message(subject, 'stranger@example.org', `${recipient.user}@localhost`))).end?.code).toBe(250);
    } finally {
      await dialog.close();
    }
    expect((await arrived(recipient, subject)).from).toBe('stranger@example.org');
  });

  it('accepts an authenticated message to another domain but never sends it: the error transport bounces it', async () => {
    const sender = freshUser('smtp-bounce');
    const subject = subjectFor('outward');
    const dialog = await session(SMTP.submissionPort, sender);
    let id: string | undefined;
    try {
      expect((await dialog.command(`MAIL FROM:<${sender.user}@${MAIL_DOMAIN}>`)).code).toBe(250);
      // A submission server accepts any recipient from its users (RFC 6409); this one then bounces it.
      expect((await dialog.command('RCPT TO:<someone@example.com>')).code).toBe(250);
      const sent = await dialog.data(message(subject, `${sender.user}@${MAIL_DOMAIN}`, 'someone@example.com'));
      expect(sent.end?.code).toBe(250);
      id = queueId(sent.end?.lines);
    } finally {
      await dialog.close();
    }
    // The delivery status notification (RFC 3464) arrives in the sender's INBOX, quoting the subject.
    const bounce = await arrived(sender, 'Undelivered Mail Returned to Sender');
    expect(bounce.from).toBe(`MAILER-DAEMON@${MAIL_DOMAIN}`);
    expect(bounce.source).toMatch(/report-type=delivery-status/);
    expect(bounce.source).toContain('Final-Recipient: rfc822; someone@example.com');
    expect(bounce.source).toContain('Status: 5.7.1');
    expect(bounce.source).toContain(subject);
    // Postfix's own account: the error agent, with no relay host, is all this message ever met.
    expect(id).toBeDefined();
    const log = readFileSync(postfixPaths().log, 'utf8')
      .split('\n')
      .filter((line) => line.includes(`${id}: to=`));
    expect(log).toEqual([
      expect.stringMatching(/postfix\/error\[\d+\]: .*to=<someone@example\.com>, relay=none, .*status=bounced/),
    ]);
  });

  it('accepts an unknown local user at RCPT and bounces the message when Dovecot’s LMTP refuses the user', async () => {
    const sender = freshUser('smtp-nouser');
    const subject = subjectFor('nobody');
    const nobody = `nobody-${randomBytes(5).toString('hex')}@${MAIL_DOMAIN}`;
    const dialog = await session(SMTP.submissionPort, sender);
    try {
      expect((await dialog.command(`MAIL FROM:<${sender.user}@${MAIL_DOMAIN}>`)).code).toBe(250);
      expect((await dialog.command(`RCPT TO:<${nobody}>`)).code).toBe(250);
      expect((await dialog.data(message(subject, `${sender.user}@${MAIL_DOMAIN}`, nobody))).end?.code).toBe(250);
    } finally {
      await dialog.close();
    }
    const bounce = await arrived(sender, 'Undelivered Mail Returned to Sender');
    expect(bounce.source).toContain(`Final-Recipient: rfc822; ${nobody}`);
    expect(bounce.source).toContain('Status: 5.1.1');
  });
});
