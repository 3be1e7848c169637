/** Argument parsing for cli.ts, kept pure so bad-argument handling is unit-testable. */

export interface CliArgs {
  user: string;
  password: string;
  count: number;
  seed: number;
  folders: boolean;
  /** Run doveadm index + subscribe afterwards (needs a running Dovecot). */
  index: boolean;
  /** Build the full-text (fts-xapian) index too: ~150 messages a second. */
  fullText: boolean;
}

export const USAGE = `usage: npx tsx scripts/seed/cli.ts --user <name> --password <secret> --count <n>
                                  [--seed <n>] [--no-folders] [--no-index] [--full-text]

  --user        mail user to create (if missing) and fill; [a-z0-9][a-z0-9._-]*
  --password    the user's IMAP password (stored by scripts/imap/users.ts ensureUser)
  --count       number of INBOX messages (0 to 1000000)
  --seed        PRNG seed, default 1: the same seed gives byte-identical mail
  --no-folders  fill INBOX only, skip Team Stuff, Données clients, Sent, Archive, ...
  --no-index    skip 'doveadm index' and subscribing (e.g. when Dovecot is not running)
  --full-text   build the full-text index as well (~150 messages a second; else the first body search does)`;

export class UsageError extends Error {}

const MAX_COUNT = 1_000_000;

function integer(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number, got '${value}'`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`${flag} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** Accepts `--flag value` and `--flag=value`; throws UsageError with a one-line reason. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  let folders = true;
  let index = true;
  let fullText = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--no-folders') folders = false;
    else if (arg === '--no-index') index = false;
    else if (arg === '--full-text') fullText = true;
    else if (/^--(user|password|count|seed)(=|$)/.test(arg)) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const value: string | undefined = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      if (values.has(name)) throw new UsageError(`--${name} given twice`);
      values.set(name, value);
    } else {
      throw new UsageError(`unknown argument '${arg}'`);
    }
  }
  for (const required of ['user', 'password', 'count']) {
    if (!values.get(required)) throw new UsageError(`--${required} is required`);
  }
  const user = values.get('user') as string;
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(user)) throw new UsageError(`invalid user name '${user}'`);
  return {
    user,
    password: values.get('password') as string,
    count: integer('--count', values.get('count') as string, 0, MAX_COUNT),
    seed: values.has('seed') ? integer('--seed', values.get('seed') as string, 0, 2 ** 31 - 1) : 1,
    folders,
    index,
    fullText,
  };
}
