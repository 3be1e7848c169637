import { describe, expect, it } from 'vitest';
import { firstList, taggedCompletion, tokenText, withResponseCode } from '@/lib/imap/commands/raw-command';
import { toAppError } from '@/lib/imap/connection/errors';

/** A tagged NO as imapflow 2.10's exec() rejects with it: the parsed response, no serverResponseCode. */
const taggedNo = (code: string | null) =>
  Object.assign(new Error('Command failed'), {
    responseStatus: 'NO',
    responseText: 'Refused',
    response: {
      tag: 'A7',
      command: 'NO',
      attributes: [
        ...(code ? [{ type: 'ATOM', value: '', section: [{ type: 'ATOM', value: code }] }] : []),
        { type: 'TEXT', value: 'Refused' },
      ],
    },
  });

describe('withResponseCode', () => {
  it('lifts the [CODE] of a tagged NO into serverResponseCode, as imapflow’s own commands do', () => {
    const error = withResponseCode(taggedNo('nonexistent')) as { serverResponseCode?: string };
    expect(error.serverResponseCode).toBe('NONEXISTENT');
    expect(toAppError(error).code).toBe('NOT_FOUND');
    expect((withResponseCode(taggedNo('NOPERM')) as { serverResponseCode?: string }).serverResponseCode).toBe('NOPERM');
  });

  it('leaves errors without a code, and connection errors, as they are', () => {
    expect((withResponseCode(taggedNo(null)) as { serverResponseCode?: string }).serverResponseCode).toBeUndefined();
    const dropped = Object.assign(new Error('Connection not available'), { code: 'NoConnection' });
    expect(withResponseCode(dropped)).toBe(dropped);
    expect(toAppError(withResponseCode(dropped)).code).toBe('IMAP_BUSY');
    expect(withResponseCode('a string')).toBe('a string');
  });

  it('refuses a code that is not an atom of letters', () => {
    const odd = withResponseCode(taggedNo('x y\r\n')) as { serverResponseCode?: string };
    expect(odd.serverResponseCode).toBeUndefined();
  });
});

describe('tokenText and firstList', () => {
  it('reads atoms, strings and literals (Buffers) alike; NIL and lists are null', () => {
    expect(tokenText({ type: 'ATOM', value: 'UID' })).toBe('UID');
    expect(tokenText({ type: 'LITERAL', value: Buffer.from('héllo') })).toBe('héllo');
    expect(tokenText({ type: 'ATOM', value: 42 })).toBe('42');
    expect(tokenText({ type: 'ATOM', value: null })).toBeNull();
    expect(tokenText([{ value: 'x' }])).toBeNull();
    expect(tokenText(undefined)).toBeNull();
  });

  it('finds the item list of a FETCH response', () => {
    const items = [
      { type: 'ATOM', value: 'UID' },
      { type: 'ATOM', value: '7' },
    ];
    expect(firstList({ attributes: [{ type: 'ATOM', value: 'FETCH' }, items] })).toBe(items);
    expect(firstList({ attributes: [{ type: 'ATOM', value: 'SORT' }] })).toEqual([]);
  });
});

describe('taggedCompletion', () => {
  it('reads the response code of a tagged OK and its arguments (RFC 7162 MODIFIED, as Dovecot sent it)', () => {
    const completion = taggedCompletion([
      {
        type: 'ATOM',
        value: '',
        section: [
          { type: 'ATOM', value: 'modified' },
          { type: 'SEQUENCE', value: '1:3' },
        ],
      },
      { type: 'TEXT', value: 'Conditional store failed' },
    ]);
    expect(completion.code).toBe('MODIFIED');
    expect(tokenText(completion.codeArguments[0])).toBe('1:3');
  });

  it('has no code for a plain OK', () => {
    expect(taggedCompletion([{ type: 'TEXT', value: 'Store completed' }])).toEqual({ code: null, codeArguments: [] });
    expect(taggedCompletion([])).toEqual({ code: null, codeArguments: [] });
  });
});
