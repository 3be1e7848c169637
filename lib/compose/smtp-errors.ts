import 'server-only';
import { AppError } from '@/lib/errors/app-error';

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  command?: string;
}

/**
 * nodemailer's SMTP failures as app codes, here and nowhere else (as imapflow's are in
 * lib/imap/connection/errors.ts). A 4xx reply is temporary (RFC 5321 §4.2.1): the server may
 * take the message later, so it is SMTP_UNAVAILABLE like a connection that failed; a 5xx reply,
 * or AUTH refused, is SMTP_REJECTED. Either way nothing was accepted for delivery. The server's
 * own words stay in the log: a reply may quote an address, and never reaches the client.
 */
export function smtpError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const failure = (error ?? {}) as SmtpFailure;
  const reply = failure.responseCode;
  if (failure.code === 'EAUTH') {
    return new AppError('SMTP_REJECTED', 'The outgoing mail server refused to sign in with your account.', { cause: error });
  }
  if (reply !== undefined && reply >= 500) {
    return new AppError('SMTP_REJECTED', `The outgoing mail server refused the message (${reply}).`, { cause: error });
  }
  return new AppError('SMTP_UNAVAILABLE', undefined, { cause: error });
}
