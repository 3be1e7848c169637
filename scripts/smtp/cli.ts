import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { livePid } from '../harness/pid-file';
import { waitForPort } from '../harness/wait-for-port';
import { instancePaths } from '../imap/paths';
import { dovecotForPostfix, LOCAL_DOMAINS, type PostfixPaths, postfixPaths } from './paths';
import { renderMainCf, renderMasterCf } from './postfix-config';

/**
 * npm run smtp:start  [-- --started-file F]   idempotent; needs the full Dovecot running, which it delivers into
 * npm run smtp:stop
 * npm run smtp:status
 *
 * `--started-file F` appends `postfix` when this call started it (not when it was already
 * running), so a script can stop what it started and leave a developer's Postfix alone.
 */
const [command = 'status', ...args] = process.argv.slice(2);
const fileArg = args.indexOf('--started-file');
const startedFile = fileArg >= 0 ? args[fileArg + 1] : undefined;
if (fileArg >= 0 && !startedFile) usage();
const paths = postfixPaths();

function usage(): never {
  console.error('usage: tsx scripts/smtp/cli.ts start|stop|status [--started-file FILE]');
  process.exit(2);
}

/** Postfix's queue belongs to the postfix user and postdrop group, which only root can arrange. */
function requirePostfix(): void {
  if (process.getuid?.() !== 0) {
    console.error(
      'Postfix needs root: its queue belongs to the postfix user and the postdrop group. Run `npm run smtp:start` as root; without it nothing can send mail locally.',
    );
    process.exit(1);
  }
  if (spawnSync('which', ['postfix']).status === 0 && dovecotForPostfix()) return;
  console.error('Postfix is not installed. Run `npm run system:install` (installs postfix from Debian, unconfigured).');
  process.exit(1);
}

/** Resolves once a unix socket accepts a connection (and, when given, greets with `greeting`). */
function answers(path: string, greeting?: string): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ path });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(2_000, () => finish(false));
    socket.on('error', () => finish(false));
    socket.on('connect', () => {
      if (!greeting) finish(true);
    });
    socket.on('data', (data) => finish(data.toString().startsWith(greeting ?? '')));
  });
}

/**
 * Postfix starts after Dovecot and needs its sockets: without them mail would wait in the queue
 * and every AUTH fail, with nothing said here. A full Dovecot started before Postfix was
 * installed, or by an older checkout, has none until it restarts.
 */
async function requireDovecotSockets(): Promise<void> {
  const sockets = dovecotForPostfix();
  if (sockets && (await answers(sockets.lmtpSocket, '220 ')) && (await answers(sockets.authSocket))) return;
  const full = instancePaths('full');
  console.error(
    (await waitForPort(full.port, 0))
      ? `The full Dovecot on 127.0.0.1:${full.port} has no LMTP and auth sockets for Postfix (started before Postfix was installed, or by an older checkout). Restart it: npm run imap:stop -- --full && npm run imap:start`
      : 'Postfix delivers into the full Dovecot: start it first with `npm run imap:start`.',
  );
  process.exit(1);
}

const runningPid = () => livePid(paths.pidFile);

const where = (p: PostfixPaths) =>
  `SMTP on 127.0.0.1:${p.smtpPort}, submission on 127.0.0.1:${p.submissionPort} (local domains ${LOCAL_DOMAINS.join(', ')}); log: ${p.log}`;

async function start(): Promise<void> {
  const pid = runningPid();
  if (pid) {
    console.log(`Postfix already running (pid ${pid}): ${where(paths)}`);
    return;
  }
  await requireDovecotSockets();
  // Root-owned and not group or world writable, as postfix-script's checks want the config
  // and queue directories; `postfix start` itself creates the queue's subdirectories and the
  // data directory with Postfix's owners (post-install create-missing, from postfix-files).
  for (const dir of [paths.dir, paths.configDir, paths.queueDir]) mkdirSync(dir, { recursive: true, mode: 0o755 });
  writeFileSync(resolve(paths.configDir, 'main.cf'), renderMainCf(paths), { mode: 0o644 });
  writeFileSync(resolve(paths.configDir, 'master.cf'), renderMasterCf(paths), { mode: 0o644 });
  // As with Dovecot: a file for the start's output, never our pipe, which a daemon could keep open.
  const startupLog = resolve(paths.dir, 'startup.log');
  const output = openSync(startupLog, 'w');
  try {
    execFileSync('postfix', ['-c', paths.configDir, 'start'], { stdio: ['ignore', output, output] });
  } catch {
    console.error(`Postfix failed to start:\n${readFileSync(startupLog, 'utf8')}\nSee also ${paths.log}`);
    process.exit(1);
  } finally {
    closeSync(output);
  }
  for (const port of [paths.smtpPort, paths.submissionPort]) {
    if (!(await waitForPort(port, 10_000))) {
      console.error(`Postfix did not open 127.0.0.1:${port} within 10 s; see ${paths.log}`);
      process.exit(1);
    }
  }
  console.log(`Postfix listening: ${where(paths)}`);
  if (startedFile) appendFileSync(startedFile, 'postfix\n');
}

async function stop(): Promise<void> {
  const pid = runningPid();
  if (!pid) {
    console.log('Postfix is not running');
    return;
  }
  // `postfix stop` signals the master, which ends its daemons, and returns at once: wait for it.
  spawnSync('postfix', ['-c', paths.configDir, 'stop'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (runningPid() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  console.log(runningPid() ? `Postfix (pid ${pid}) did not stop within 10 s` : 'Postfix stopped');
}

function status(): void {
  const pid = runningPid();
  console.log(pid ? `postfix: running (pid ${pid}): ${where(paths)}` : 'postfix: stopped');
  if (!pid) process.exitCode = 3;
}

const actions: Record<string, () => void | Promise<void>> = { start, stop, status };
const action = actions[command] ?? usage();
if (command === 'start') requirePostfix();
await action();
