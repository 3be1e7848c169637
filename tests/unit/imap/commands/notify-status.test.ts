import { describe, expect, it } from 'vitest';
import { parseStatus } from '@/lib/imap/commands/notify';

const atom = (value: string) => ({ type: 'ATOM', value });

describe('a STATUS pushed by NOTIFY (RFC 5465)', () => {
  it('reads both counts of an append or expunge, and only UNSEEN of a flag change (as Dovecot sends it)', () => {
    const full = [atom('Projects'), ['MESSAGES', '2', 'UIDNEXT', '3', 'UNSEEN', '1', 'HIGHESTMODSEQ', '4'].map(atom)];
    expect(parseStatus({ attributes: full })).toEqual({ path: 'Projects', messages: 2, unseen: 1 });
    const flags = [atom('Projects'), ['UNSEEN', '0', 'HIGHESTMODSEQ', '5'].map(atom)];
    expect(parseStatus({ attributes: flags })).toEqual({ path: 'Projects', unseen: 0 });
  });

  it('decodes a modified UTF-7 name (RFC 3501 §5.1.3) and takes a raw UTF-8 literal as it is', () => {
    const counts = ['MESSAGES', '1', 'UNSEEN', '1'].map(atom);
    expect(parseStatus({ attributes: [atom('Donn&AOk-es'), counts] })?.path).toBe('Données');
    const literal = { type: 'LITERAL', value: Buffer.from('Probe ü', 'utf8') };
    expect(parseStatus({ attributes: [literal, counts] })?.path).toBe('Probe ü');
    expect(parseStatus({ attributes: [atom('R&-D'), counts] })?.path).toBe('R&D');
  });

  it('ignores a STATUS without a name or without either count', () => {
    expect(parseStatus({ attributes: [] })).toBeNull();
    expect(parseStatus({ attributes: [atom('X'), ['UIDNEXT', '3'].map(atom)] })).toBeNull();
    expect(parseStatus({ attributes: [atom('X'), ['MESSAGES', 'many'].map(atom)] })).toBeNull();
  });
});
