import { describe, expect, it } from 'vitest';
import { smtpError } from '@/lib/compose/smtp-errors';
import { AppError } from '@/lib/errors/app-error';

/** nodemailer's failures as nodemailer reports them (code, responseCode), with the server's words that must not leak. */
const failure = (fields: Record<string, unknown>) =>
  Object.assign(new Error('550 5.1.1 <secret@corp.example>: rejected'), fields);

describe('smtpError', () => {
  it('says SMTP_UNAVAILABLE for a server that cannot be reached or answers 4xx (try later, RFC 5321 §4.2.1)', () => {
    expect(smtpError(failure({ code: 'ECONNECTION' })).code).toBe('SMTP_UNAVAILABLE');
    expect(smtpError(failure({ code: 'ETIMEDOUT' })).code).toBe('SMTP_UNAVAILABLE');
    expect(smtpError(failure({ code: 'EENVELOPE', responseCode: 451 })).code).toBe('SMTP_UNAVAILABLE');
  });

  it('says SMTP_REJECTED for a 5xx reply or a refused sign-in, with the reply code and never the server’s text', () => {
    const refused = smtpError(failure({ code: 'EENVELOPE', responseCode: 550 }));
    expect(refused).toMatchObject({ code: 'SMTP_REJECTED', status: 422 });
    expect(refused.message).toContain('550');
    expect(refused.message).not.toContain('secret@corp.example');
    expect(smtpError(failure({ code: 'EAUTH', responseCode: 535 })).code).toBe('SMTP_REJECTED');
  });

  it('passes an app error through as it is', () => {
    const own = new AppError('RATE_LIMITED');
    expect(smtpError(own)).toBe(own);
  });
});
