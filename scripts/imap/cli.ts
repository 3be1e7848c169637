import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { livePid } from '../harness/pid-file';
import { waitForPort } from '../harness/wait-for-port';
import { dovecotForPostfix } from '../smtp/paths';
import { renderConfig } from './dovecot-config';
import { hasFts, xapianInstalled } from './fts-config';
import {
  dataDir,
  type InstanceKind,
  type InstancePaths,
  instancePaths,
  mailOwner,
  mailRoot,
  projectRoot,
  publicMailDir,
  pushScriptFile,
  sharedDictFile,
  usersDir,
} from './paths';

/**
 * npm run imap:start  [-- --minimal | --fts | --nodict | --spare | --all] [--started-file F]   idempotent; prints where the log is
 * npm run imap:stop   [-- --full | --minimal | --fts | --nodict | --spare] every instance unless one is named
 * npm run imap:status [-- --full | --minimal | --fts | --nodict | --spare] every instance unless one is named
 *
 * `--started-file F` appends the instances this call started (not those already running),
 * one per line, so a script can stop what it started and leave a developer's Dovecot alone.
 */
const [command = 'status', ...args] = process.argv.slice(2);
const fileArg = args.indexOf('--started-file');
const startedFile = fileArg >= 0 ? args[fileArg + 1] : undefined;
if (fileArg >= 0 && !startedFile) usage();
const flags = fileArg >= 0 ? args.filter((_, index) => index !== fileArg && index !== fileArg + 1) : args;
const named: InstanceKind[] = [
  ...(flags.includes('--full') ? (['full'] as const) : []),
  ...(flags.includes('--minimal') ? (['minimal'] as const) : []),
  ...(flags.includes('--spare') ? (['spare'] as const) : []),
  ...(flags.includes('--fts') ? (['fts'] as const) : []),
  ...(flags.includes('--nodict') ? (['nodict'] as const) : []),
];
// Starting defaults to the one instance the app needs; stopping and status cover every instance.
// `--all` means the four the suites share; the spare one is only ever named.
const everyKind: InstanceKind[] =
  command === 'start' ? ['full', 'minimal', 'fts', 'nodict'] : ['full', 'minimal', 'fts', 'nodict', 'spare'];
const kinds: InstanceKind[] =
  flags.includes('--all') || (!named.length && command !== 'start') ? everyKind : named.length ? named : ['full'];

function usage(): never {
  console.error(
    'usage: tsx scripts/imap/cli.ts start|stop|status [--full|--minimal|--fts|--nodict|--spare|--all] [--started-file FILE]',
  );
  process.exit(2);
}

/** The Debian package the instances being started need and the machine lacks, if any. */
function missingPackage(): string | null {
  if (spawnSync('which', ['dovecot']).status !== 0) return 'dovecot-imapd';
  if (kinds.some(hasFts) && !xapianInstalled()) return 'dovecot-fts-xapian';
  return null;
}

function requireDovecot(): void {
  const missing = missingPackage();
  if (!missing) return;
  const hint =
    process.getuid?.() === 0
      ? `Run \`npm run system:install\` (installs ${missing} from Debian).`
      : `Install it with \`sudo apt-get install ${missing}\` (Debian/Ubuntu) or your distribution’s package for Dovecot 2.3.`;
  console.error(`The local Dovecot needs ${missing}, which is not installed. ${hint}`);
  process.exit(1);
}

const runningPid = (paths: InstancePaths) => livePid(paths.pidFile);

async function start(kind: InstanceKind): Promise<void> {
  const paths = instancePaths(kind);
  const pid = runningPid(paths);
  if (pid) {
    console.log(`${kind} Dovecot already running (pid ${pid}) on 127.0.0.1:${paths.port}; log: ${paths.log}`);
    return;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const owner = mailOwner();
  const mail = mailRoot();
  for (const dir of [paths.dir, paths.baseDir, paths.stateDir]) mkdirSync(dir, { recursive: true });
  for (const dir of [mail, publicMailDir(), paths.rawlogDir, dirname(sharedDictFile())]) {
    mkdirSync(dir, { recursive: true });
    chownSync(dir, owner.uid, owner.gid);
  }
  mkdirSync(usersDir(), { recursive: true });
  // Only the full instance serves Postfix (two instances cannot own one socket). Its sockets go in
  // Postfix's private/ directory, created here as Postfix's own install would (postfix-files:
  // owner postfix, mode 700) because Dovecot, started first, needs it to exist.
  const postfix = kind === 'full' ? dovecotForPostfix() : undefined;
  if (postfix) {
    mkdirSync(dirname(postfix.privateDir), { recursive: true, mode: 0o755 });
    mkdirSync(postfix.privateDir, { recursive: true, mode: 0o700 });
    chownSync(postfix.privateDir, postfix.uid, 0);
  }
  copyFileSync(resolve(projectRoot, 'scripts/imap/letterbox-push.lua'), pushScriptFile());
  writeFileSync(paths.config, renderConfig(paths, mail, postfix));
  // The auth penalty listener is disabled (mode 0), but a socket file left by an older
  // config makes every new auth process retry it for ~4 s before its first login.
  rmSync(resolve(paths.baseDir, 'anvil-auth-penalty'), { force: true });
  // Dovecot's master keeps the stdio it was started with open: give it a file, never our
  // pipe, or whoever reads our output (npm, a CI log) would wait forever.
  const startupLog = resolve(paths.dir, 'startup.log');
  const output = openSync(startupLog, 'w');
  try {
    execFileSync('dovecot', ['-c', paths.config], { stdio: ['ignore', output, output] });
  } catch {
    console.error(`Dovecot failed to start:\n${readFileSync(startupLog, 'utf8')}\nSee also ${paths.log}`);
    process.exit(1);
  } finally {
    closeSync(output);
  }
  if (!(await waitForPort(paths.port, 10_000))) {
    console.error(`Dovecot did not open 127.0.0.1:${paths.port} within 10 s; see ${paths.log}`);
    process.exit(1);
  }
  console.log(`${kind} Dovecot listening on 127.0.0.1:${paths.port}; log: ${paths.log}; mail: ${mail}`);
  if (startedFile) appendFileSync(startedFile, `${kind}\n`);
}

async function stop(kind: InstanceKind): Promise<void> {
  const paths = instancePaths(kind);
  const pid = runningPid(paths);
  if (!pid) {
    console.log(`${kind} Dovecot is not running`);
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 10_000;
  while (runningPid(paths) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  // The master exits leaving its imap, log and stats processes behind (seen here: an IMAP
  // session kept answering NOOP after the stop), so a stop would neither disconnect clients, as
  // a restart does, nor free what it holds. End every process of this instance too.
  const leftovers = `^dovecot-${paths.name}/`;
  spawnSync('pkill', ['-TERM', '-f', leftovers]);
  while (spawnSync('pgrep', ['-f', leftovers]).status === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  spawnSync('pkill', ['-KILL', '-f', leftovers]);
  console.log(runningPid(paths) ? `${kind} Dovecot (pid ${pid}) did not stop within 10 s` : `${kind} Dovecot stopped`);
}

function status(kind: InstanceKind): void {
  const paths = instancePaths(kind);
  const pid = runningPid(paths);
  console.log(pid ? `${kind}: running (pid ${pid}) on 127.0.0.1:${paths.port}; log: ${paths.log}` : `${kind}: stopped`);
  if (!pid) process.exitCode = 3;
}

const actions: Record<string, (kind: InstanceKind) => void | Promise<void>> = { start, stop, status };
const action = actions[command] ?? usage();
if (command === 'start') requireDovecot();
for (const kind of kinds) await action(kind);
