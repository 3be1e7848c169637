import 'server-only';
import type { Readable } from 'node:stream';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { env } from '@/lib/config/env';
import type { Account } from '@/lib/session/account';
import { smtpError } from './smtp-errors';

export interface Envelope {
  from: string;
  to: string[];
}

export interface Submitted {
  /** Recipients the server accepted; the message is on its way to them. */
  accepted: string[];
  /** Recipients it refused (RFC 5321 5xx to RCPT) while taking the others. */
  rejected: string[];
}

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 };

/**
 * Submits `message` (RFC 6409) to the one SMTP server the configuration names: a user can
 * never make Letterbox connect elsewhere. Signs in with the user's IMAP credentials when the
 * server offers AUTH (RFC 4954), as most providers share them. SMTP_TLS `true` is TLS from the
 * first byte (port 465, RFC 8314), `starttls` requires the upgrade, `false` is cleartext for
 * a loopback server. A stream is sent as it is read (its error fails the send). Resolves once
 * the server took the message for at least one recipient; every failure is an app code
 * (smtp-errors.ts).
 */
export async function submitSmtp(account: Account, envelope: Envelope, message: Buffer | Readable): Promise<Submitted> {
  const config = env();
  const connection = new SMTPConnection({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_TLS === 'true',
    requireTLS: config.SMTP_TLS === 'starttls',
    ignoreTLS: config.SMTP_TLS === 'false',
    tls: { rejectUnauthorized: config.SMTP_TLS_REJECT_UNAUTHORIZED },
    logger: false,
    ...TIMEOUTS,
  });
  // nodemailer reports a failed connection (refused, timed out, TLS) as an 'error' event, not
  // through the callback of the step under way: every step races it.
  const failed = new Promise<never>((_, reject) => connection.on('error', reject));
  // Handled here too: an error after the last step (during QUIT) must not become an unhandled rejection.
  failed.catch(() => {});
  const step = <T>(run: (done: (error: Error | null | undefined, value?: T) => void) => void) =>
    Promise.race([
      failed,
      new Promise<T>((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T)))),
    ]);
  try {
    await step<void>((done) => connection.connect((error) => done(error)));
    if (connection.allowsAuth) {
      await step<boolean>((done) => connection.login({ credentials: { user: account.user, pass: account.password } }, done));
    }
    const info = await step<SMTPConnection.SentMessageInfo>((done) => connection.send(envelope, message, done));
    return { accepted: info.accepted.map(String), rejected: info.rejected.map(String) };
  } catch (error) {
    throw smtpError(error);
  } finally {
    connection.quit();
  }
}
