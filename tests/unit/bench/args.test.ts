import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../scripts/bench/args';

describe('bench arguments', () => {
  it('full mode: 100 sessions over 3 accounts of 20,000 messages, with the capacity ramp', () => {
    expect(parseArgs([])).toMatchObject({ loadUsers: 100, loadAccounts: 3, loadMessages: 20_000, ramp: true, onlyLoad: false });
  });

  it('smoke mode stays small and never ramps', () => {
    expect(parseArgs(['--smoke'])).toMatchObject({ loadUsers: 5, loadAccounts: 2, loadMessages: 300, ramp: false });
  });

  it('--only-load skips the API part and the browser', () => {
    expect(parseArgs(['--only-load', '--load-accounts', '100', '--load-messages', '200'])).toMatchObject({
      onlyLoad: true,
      browser: false,
      loadAccounts: 100,
      loadMessages: 200,
    });
  });

  it('serves the app as one process unless --processes says how many', () => {
    expect(parseArgs([]).processes).toBe(1);
    expect(parseArgs(['--only-load', '--processes', '2']).processes).toBe(2);
    expect(() => parseArgs(['--processes', '0'])).toThrow(UsageError);
  });

  it('refuses what would leave the load run nothing to do', () => {
    expect(() => parseArgs(['--load-accounts', '0'])).toThrow(UsageError);
    expect(() => parseArgs(['--load-seconds', '0'])).toThrow(UsageError);
    expect(() => parseArgs(['--only-load', '--no-load'])).toThrow(UsageError);
    expect(() => parseArgs(['--load-users', 'many'])).toThrow(UsageError);
  });
});
