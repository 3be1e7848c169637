import { describe, expect, it } from 'vitest';
import { baseSubject } from '@/lib/mime/base-subject';

describe('baseSubject (RFC 5256 §2.1)', () => {
  it.each([
    ['Plans for Q3', 'Plans for Q3'],
    ['Re: Plans for Q3', 'Plans for Q3'],
    ['RE: re: Fwd: Plans for Q3', 'Plans for Q3'],
    ['Re[2]: Plans', 'Plans'],
    ['[team] Re: Plans', 'Plans'],
    ['Plans (fwd)', 'Plans'],
    ['[Fwd: Plans]', 'Plans'],
    ['  Re:   lots   of   space  ', 'lots of space'],
    ['[only a blob]', '[only a blob]'],
    ['Réunion: ordre du jour', 'Réunion: ordre du jour'],
    ['', ''],
  ])('%j → %j', (subject, expected) => {
    expect(baseSubject(subject)).toBe(expected);
  });
});
