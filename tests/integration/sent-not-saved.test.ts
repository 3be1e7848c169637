import { createHash, randomBytes } from 'node:crypto';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { postfixCanRun } from '../../scripts/harness/postfix';
import { MAIL_DOMAIN } from '../../scripts/smtp/paths';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { freshUser } from './support/users';

const sha256 = (bytes: Uint8Array | ArrayBuffer) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

/**
 * A message SMTP took but Sent could not store: the account has no Sent folder (Dovecot's
 * auto-created one turned off for this user). The same spool file the submission streamed
 * goes, streamed again, into Drafts (send-message.ts, append-stream.ts).
 */
describe.skipIf(!postfixCanRun())('a sent message without a Sent folder to file it in', () => {
  it('is kept in Drafts whole, \\Draft and \\Seen, and the answer says so (SENT_NOT_SAVED)', async () => {
    const owner = freshUser('nosent', { 'namespace/inbox/mailbox/Sent/auto': 'no' });
    const client = new AppClient();
    expect((await client.signIn(owner.user, owner.password)).status).toBe(200);
    const attachment = randomBytes(5 * 1024 * 1024);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(attachment)], { type: 'application/octet-stream' }), 'data.bin');
    const uploaded = await fetch(`${client.baseUrl}/api/attachments`, {
      method: 'POST',
      headers: { cookie: client.cookie, origin: client.baseUrl },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };

    const response = await client.request('POST', '/api/send', {
      to: [{ address: `someone@${MAIL_DOMAIN}` }],
      subject: 'Out, but not filed',
      text: 'Kept where nothing is lost.',
      attachments: [id],
      delay: 0,
    });
    expect(response.status).toBe(502);
    expect(response.json?.error).toMatchObject({ code: 'SENT_NOT_SAVED', message: expect.stringMatching(/kept in Drafts/) });

    const drafts = await withDirectImap(owner, async (imap) => {
      await imap.mailboxOpen('Drafts', { readOnly: true });
      const found = [];
      for await (const message of imap.fetch('1:*', { flags: true, source: true })) found.push(message);
      return found;
    });
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect([...(draft?.flags ?? [])]).toEqual(expect.arrayContaining(['\\Draft', '\\Seen']));
    const parsed = await PostalMime.parse(draft?.source ?? Buffer.alloc(0));
    expect(parsed.subject).toBe('Out, but not filed');
    expect(parsed.attachments.map((part) => sha256(part.content as ArrayBuffer))).toEqual([sha256(attachment)]);
  });
});
