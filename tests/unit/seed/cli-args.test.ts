import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../../scripts/seed/cli-args';

const base = ['--user', 'alice', '--password', 'secret', '--count', '300'];

describe('seed CLI arguments', () => {
  it('parses the documented form with defaults', () => {
    expect(parseCliArgs(base)).toEqual({
      user: 'alice',
      password: 'secret',
      count: 300,
      seed: 1,
      folders: true,
      index: true,
      fullText: false,
    });
  });

  it('accepts --flag=value, --seed, --no-folders, --no-index and --full-text', () => {
    expect(
      parseCliArgs(['--user=bob', '--password=p', '--count=0', '--seed', '7', '--no-folders', '--no-index', '--full-text']),
    ).toEqual({
      user: 'bob',
      password: 'p',
      count: 0,
      seed: 7,
      folders: false,
      index: false,
      fullText: true,
    });
  });

  it.each([
    [[], /--user is required/],
    [['--user', 'alice', '--count', '3'], /--password is required/],
    [['--user', 'alice', '--password', 'x'], /--count is required/],
    [[...base, '--bogus'], /unknown argument '--bogus'/],
    [['--user', 'alice', '--password', 'x', '--count', '-5'], /--count needs a value|whole number/],
    [['--user', 'alice', '--password', 'x', '--count', '1e3'], /whole number/],
    [['--user', 'alice', '--password', 'x', '--count', '2000000'], /between 0 and 1000000/],
    [[...base, '--seed', 'abc'], /--seed must be a whole number/],
    [['--user', 'Alice!', '--password', 'x', '--count', '1'], /invalid user name/],
    [[...base, '--count', '5'], /given twice/],
    [['--user', '--password', 'x', '--count', '1'], /--user needs a value/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
