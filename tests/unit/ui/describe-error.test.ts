import { describe, expect, it } from 'vitest';
import type { ClientErrorCode } from '@/lib/client/api-error';
import { ERROR_CODES } from '@/lib/errors/codes';
import { describeError, type ErrorSurface, needsSignIn } from '@/lib/ui/describe-error';

const codes = [...Object.keys(ERROR_CODES), 'OFFLINE'] as ClientErrorCode[];
const surfaces: (ErrorSurface | undefined)[] = [undefined, 'sign-in', 'load', 'message'];

describe('describeError', () => {
  it.each(codes)('%s has a sentence on every surface', (code) => {
    for (const surface of surfaces) expect(describeError(code, surface)).toMatch(/^[A-Z].{8,}[.?]$/);
  });

  it('says the words the tests and the readers know, per surface', () => {
    expect(describeError('AUTH_FAILED', 'sign-in')).toBe('That user name or password is wrong.');
    expect(describeError('AUTH_FAILED', 'load')).toBe('The mail server no longer accepts your password.');
    expect(describeError('IMAP_UNAVAILABLE', 'load')).toBe("The mail server can't be reached right now.");
    expect(describeError('IMAP_BUSY', 'load')).toBe("The mail server can't be reached right now.");
    expect(describeError('NOT_FOUND', 'message')).toBe('This message no longer exists; it may have been moved or deleted.');
    expect(describeError('NOT_FOUND', 'load')).toBe('This folder no longer exists, or it changed on the server.');
    expect(describeError('INTERNAL', 'sign-in')).toBe('Something went wrong while signing in. Try again.');
  });

  it('falls back to the general sentence where a surface has none of its own', () => {
    expect(describeError('CONFLICT', 'load')).toBe(describeError('CONFLICT'));
    expect(describeError('WRITE_UNCONFIRMED', 'message')).toBe(
      'The connection to the mail server dropped while saving this change; it may not have been applied. Check and try again.',
    );
  });

  it('tells "no network" apart from "the mail server is down"', () => {
    expect(describeError('OFFLINE')).not.toBe(describeError('IMAP_UNAVAILABLE'));
    expect(describeError('OFFLINE', 'load')).toMatch(/online/);
    expect(describeError('IMAP_UNAVAILABLE', 'sign-in')).toMatch(/mail server/);
  });

  it('asks for a new sign-in only when the session or the password is the problem', () => {
    expect(codes.filter(needsSignIn).sort()).toEqual(['AUTH_FAILED', 'AUTH_REQUIRED']);
  });
});
