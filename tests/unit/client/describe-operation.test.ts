import { describe, expect, it } from 'vitest';
import { describeOperation } from '@/lib/client/operations';

const flags = (change: { add?: string[]; remove?: string[] }, uids: number[] = [7]) =>
  describeOperation({ kind: 'flags', mailboxId: 'SU5CT1g', uids, ...change });

describe('what a refused flag change was, in words', () => {
  it('names a label change as one, not as flags', () => {
    expect(flags({ add: ['$label1'] })).toBe('label this message');
    expect(flags({ remove: ['project_x'] }, [1, 2])).toBe('take the label off these messages');
  });

  it('keeps the wording of system flags and state keywords', () => {
    expect(flags({ add: ['\\Flagged'] })).toBe('star this message');
    expect(flags({ add: ['$Junk'] })).toBe('change the flags of this message');
  });
});
