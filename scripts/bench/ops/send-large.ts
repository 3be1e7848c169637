import { randomBytes } from 'node:crypto';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { MAIL_DOMAIN, postfixPaths } from '../../smtp/paths';
import { PASSWORD } from '../config';
import type { BenchContext } from '../context';
import { closeFloor, connectFloor } from '../floor/connect';
import { interleave, type OpResult, toResult } from '../measure';
import { rssBytes, sampleRss } from '../rss';

const KEY = 'send-large';
const NAME = 'Send a message with a 10 MiB attachment (API vs direct SMTP + APPEND)';
const ATTACHMENT = randomBytes(10 * 1024 * 1024);

/**
 * Issue 14's send: the app's POST /api/send of a message whose 10 MiB attachment was uploaded
 * beforehand (untimed, as the compose view uploads while the user writes), from the request to
 * its answer: MIME build, SMTP submission to the local Postfix, APPEND to Sent. The floor
 * submits bytes of the same size straight to the same Postfix (nodemailer's SMTPConnection)
 * and APPENDs them to Sent with imapflow: what any client must do to send and keep a copy.
 * Server RSS is sampled across the app's runs. The recipient is another bench account (so the
 * measured INBOX stays as seeded); every copy is expunged afterwards, untimed.
 */
export async function sendLarge(ctx: BenchContext, recipient: string): Promise<OpResult> {
  const to = `${recipient}@${MAIL_DOMAIN}`;
  const marker = `Bench send ${randomBytes(4).toString('hex')}`;
  const floorMessage = Buffer.concat([
    Buffer.from(`From: ${ctx.user}@${MAIL_DOMAIN}\r\nTo: ${to}\r\nSubject: ${marker}\r\nMIME-Version: 1.0\r\n\r\n`),
    Buffer.from(ATTACHMENT.toString('base64').replace(/.{76}/g, '$&\r\n')),
  ]);
  let upload = '';
  const op = {
    key: KEY,
    name: NAME,
    before: async (side: 'app' | 'floor') => {
      if (side === 'app') upload = await uploadAttachment(ctx);
    },
    app: async () => {
      await ctx.app.json('POST', '/api/send', {
        to: [{ address: to }],
        subject: marker,
        text: 'Bench.',
        attachments: [upload],
        delay: 0,
      });
    },
    floor: async () => {
      await submit(ctx.user, to, floorMessage);
      await ctx.floor.append('Sent', floorMessage, ['\\Seen']);
    },
  };
  await interleave(op, 0, ctx.warmup);
  const before = rssBytes(ctx.serverPid);
  const sampler = sampleRss(ctx.serverPid);
  const samples = await interleave(op, ctx.reps, 0);
  const rss = sampler.stop();
  await cleanUp(ctx.user, 'Sent', marker);
  await cleanUp(recipient, 'INBOX', marker);
  return toResult(op, samples, {
    rssBeforeMiB: before / 2 ** 20,
    rssPeakMiB: rss.peak / 2 ** 20,
    rssGrowthMiB: (rss.peak - before) / 2 ** 20,
  });
}

async function uploadAttachment(ctx: BenchContext): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(ATTACHMENT)], { type: 'application/octet-stream' }), 'bench.bin');
  const response = await ctx.app.upload('/api/attachments', form);
  if (response.status !== 201) throw new Error(`upload answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

async function submit(user: string, to: string, message: Buffer): Promise<void> {
  const connection = new SMTPConnection({ host: '127.0.0.1', port: postfixPaths().submissionPort, ignoreTLS: true });
  await new Promise<void>((resolve, reject) => {
    connection.once('error', reject);
    connection.connect(() =>
      connection.login({ credentials: { user, pass: PASSWORD } }, (error) =>
        error
          ? reject(error)
          : connection.send({ from: `${user}@${MAIL_DOMAIN}`, to: [to] }, message, (sent) => (sent ? reject(sent) : resolve())),
      ),
    );
  });
  connection.quit();
}

/** Expunges what the runs left: the Sent copies, and what reached the recipient. */
async function cleanUp(user: string, path: string, subject: string): Promise<void> {
  const client = await connectFloor(user);
  try {
    await client.mailboxOpen(path);
    // Delivery is asynchronous: give Postfix a moment for the last one.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const uids = await client.search({ subject }, { uid: true });
    if (uids && uids.length > 0) await client.messageDelete(uids.join(','), { uid: true });
  } finally {
    await closeFloor(client);
  }
}
