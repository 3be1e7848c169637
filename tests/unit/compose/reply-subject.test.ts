import { describe, expect, it } from 'vitest';
import { forwardSubject, replySubject } from '@/lib/compose/reply-subject';

describe('replySubject and forwardSubject', () => {
  it.each([
    ['Lunch', 'Re: Lunch'],
    ['Re: Lunch', 'Re: Lunch'],
    ['RE: re: Re:Lunch', 'Re: Lunch'],
    ['Aw: Lunch', 'Re: Lunch'],
    ['Fwd: Lunch', 'Re: Lunch'],
    ['FW: Fw: Lunch', 'Re: Lunch'],
    ['Re[2]: Lunch', 'Re: Lunch'],
    ['Re (3) : Lunch', 'Re: Lunch'],
    ['  re :  Lunch  ', 'Re: Lunch'],
    ['Re: [team] Re: Lunch', 'Re: [team] Re: Lunch'],
    ['Reason: tests', 'Re: Reason: tests'],
    ['Aware: x', 'Re: Aware: x'],
    ['Тема письма', 'Re: Тема письма'],
  ])('replySubject(%j) is %j', (original, expected) => {
    expect(replySubject(original)).toBe(expected);
  });

  it('forwards without stacking either prefix', () => {
    expect(forwardSubject('Re: Fwd: Lunch')).toBe('Fwd: Lunch');
    expect(forwardSubject('Lunch')).toBe('Fwd: Lunch');
  });

  it('gives the prefix alone, with its space, for an empty subject', () => {
    expect(replySubject('')).toBe('Re: ');
    expect(replySubject('  Re:  ')).toBe('Re: ');
    expect(forwardSubject('')).toBe('Fwd: ');
  });

  it('turns line breaks of a decoded subject into spaces', () => {
    expect(replySubject('Re: one\r\ntwo\u2028three')).toBe('Re: one two three');
  });

  it('stays within 998 characters without splitting a surrogate pair', () => {
    expect(replySubject('x'.repeat(998))).toHaveLength(998);
    const emoji = replySubject(`${'x'.repeat(993)}😀😀`);
    expect(emoji).toBe(`Re: ${'x'.repeat(993)}`);
  });

  it('stays fast on a hostile run of spaces', () => {
    const started = performance.now();
    replySubject(`re${' '.repeat(100_000)}x`);
    // Linear takes about a millisecond; a pattern with two `\s*` in a row took 15 s here.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
