import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { expectDone, expectFound, isConnectionLost, isUndecodable, toAppError } from '@/lib/imap/connection/errors';

/** Shapes of real imapflow failures, as imapflow 2.10 throws them. */
const authFailure = Object.assign(new Error('Command failed'), {
  authenticationFailed: true,
  serverResponseCode: 'AUTHENTICATIONFAILED',
});
const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
const greeting = Object.assign(new Error('Greeting never received'), { code: 'GREETING_TIMEOUT' });
const dropped = Object.assign(new Error('Connection not available'), { code: 'NoConnection' });
const missing = Object.assign(new Error('Command failed'), { responseStatus: 'NO', serverResponseCode: 'NONEXISTENT' });
const expunged = Object.assign(new Error('Command failed'), { responseStatus: 'NO', serverResponseCode: 'EXPUNGEISSUED' });
const undecodable = Object.assign(new Error('Command failed'), { responseStatus: 'NO', serverResponseCode: 'UNKNOWN-CTE' });
/** A NO to a command sent through imapflow's exec() (BINARY.SIZE): the code is only in the parsed response. */
const rawNo = (code: string, text: string) =>
  Object.assign(new Error('Command failed'), {
    responseStatus: 'NO',
    responseText: text,
    response: {
      tag: '78',
      command: 'NO',
      attributes: [
        { type: 'ATOM', value: '', section: [{ type: 'ATOM', value: code }] },
        { type: 'TEXT', value: text },
      ],
    },
  });
const unparsable = rawNo('PARSE', 'Invalid data in MIME part');
const unknownCte = rawNo('UNKNOWN-CTE', 'Unknown Content-Transfer-Encoding');
/** Recorded from Dovecot 2.3.19.1: SELECT of a \Noselect parent, no response code. */
const noselect = Object.assign(new Error('Command failed'), {
  responseStatus: 'NO',
  executedCommand: 'B SELECT Parent',
  responseText: "Mailbox doesn't exist: Parent (0.001 + 0.000 secs).",
});
const selectNoPerm = Object.assign(new Error('Command failed'), {
  responseStatus: 'NO',
  executedCommand: 'C EXAMINE shared/ana/INBOX',
  serverResponseCode: 'NOPERM',
});
const noCode = Object.assign(new Error('Command failed'), {
  responseStatus: 'NO',
  response: { command: 'NO', attributes: [{ type: 'TEXT', value: 'Something odd' }] },
});

describe('toAppError', () => {
  it.each([
    [authFailure, 'AUTH_FAILED', 401],
    [refused, 'IMAP_UNAVAILABLE', 502],
    [greeting, 'IMAP_UNAVAILABLE', 502],
    [dropped, 'IMAP_BUSY', 503],
    [missing, 'NOT_FOUND', 404],
    [expunged, 'NOT_FOUND', 404],
    [undecodable, 'UNSUPPORTED', 422],
    [unparsable, 'UNSUPPORTED', 422],
    [unknownCte, 'UNSUPPORTED', 422],
    [rawNo('NONEXISTENT', 'No such mailbox'), 'NOT_FOUND', 404],
    [rawNo('TRYCREATE', "Mailbox doesn't exist: Sent"), 'NOT_FOUND', 404],
    [rawNo('ALREADYEXISTS', 'Mailbox already exists'), 'ALREADY_EXISTS', 409],
    [rawNo('CANNOT', 'Invalid mailbox name'), 'BAD_REQUEST', 400],
    [noselect, 'NOT_FOUND', 404],
    [selectNoPerm, 'FORBIDDEN', 403],
    [noCode, 'INTERNAL', 500],
    [{ ...noselect, executedCommand: 'B STATUS Parent (MESSAGES)' }, 'INTERNAL', 500],
    [new TypeError('x is undefined'), 'INTERNAL', 500],
    ['a string', 'INTERNAL', 500],
  ])('maps %o to %s', (error, code, status) => {
    const mapped = toAppError(error);
    expect(mapped.code).toBe(code);
    expect(mapped.status).toBe(status);
  });

  it('never copies the internal message into the user-facing one', () => {
    expect(toAppError(refused).message).not.toContain('127.0.0.1');
    expect(toAppError(new TypeError('secret detail')).message).not.toContain('secret detail');
  });

  it("passes on a CANNOT's text for people, without Dovecot's timing or control characters", () => {
    const cannot = Object.assign(new Error('Command failed'), {
      responseStatus: 'NO',
      serverResponseCode: 'CANNOT',
      responseText: "Character not allowed in mailbox name: '.'\u0007 (0.001 + 0.000 secs).",
    });
    expect(toAppError(cannot).message).toBe("The mail server refused this: Character not allowed in mailbox name: '.'");
  });

  it('passes AppErrors through unchanged', () => {
    const original = new AppError('CONFLICT');
    expect(toAppError(original)).toBe(original);
  });

  it('treats only socket losses as retryable', () => {
    expect(isConnectionLost(dropped)).toBe(true);
    expect(isConnectionLost(authFailure)).toBe(false);
    expect(isConnectionLost(missing)).toBe(false);
  });

  it('tells content the server cannot decode from other refusals', () => {
    expect([unparsable, unknownCte, undecodable].map(isUndecodable)).toEqual([true, true, true]);
    expect([missing, noCode, dropped, 'a string'].map(isUndecodable)).toEqual([false, false, false, false]);
  });
});

describe('expectDone and expectFound (imapflow results that mean failure)', () => {
  it('passes real results through, falsy-looking ones included', () => {
    expect(expectDone(true)).toBe(true);
    expect(expectDone(0)).toBe(0);
    expect(expectDone([])).toEqual([]);
    expect(expectDone({ count: 0 })).toEqual({ count: 0 });
    expect(expectFound('')).toBe('');
  });

  it.each([false, undefined, null])('turns %o into the code the caller names', (result) => {
    expect(() => expectDone(result)).toThrow(expect.objectContaining({ code: 'INTERNAL', status: 500 }));
    expect(() => expectDone(result, 'FORBIDDEN', 'Refused.')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: 'Refused.' }),
    );
    expect(() => expectFound(result)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', status: 404 }));
  });

  it('throws AppErrors, which toAppError passes through unchanged', () => {
    let thrown: unknown;
    try {
      expectDone(false, 'CONFLICT');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(toAppError(thrown)).toBe(thrown);
  });
});
