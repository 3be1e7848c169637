import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Resident set size of a process in bytes, from /proc/<pid>/status (Linux). */
function processRssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

/**
 * Resident set size of the server in bytes: `pid` and the processes under it (the workers of a
 * server run as several processes; one `next start` has none). Shared pages count once per process.
 */
export function rssBytes(pid: number): number {
  return descendants(pid).reduce((sum, each) => sum + safeRss(each), processRssBytes(pid));
}

// A worker may end between listing and reading: it then holds nothing.
function safeRss(pid: number): number {
  try {
    return processRssBytes(pid);
  } catch {
    return 0;
  }
}

/**
 * The process in `root`'s tree that holds the listening socket on `port`. `next start`
 * (16.4) serves from its own process, renamed `next-server`, but older releases forked a
 * child: measuring the wrapper's RSS would then report a flat line whatever the server did.
 */
export function serverPid(root: number, port: number): number {
  const inodes = listeningInodes(port);
  for (const pid of [root, ...descendants(root)]) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      const target = safeReadlink(`/proc/${pid}/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) return pid;
    }
  }
  throw new Error(`no process under pid ${root} listens on port ${port}`);
}

function listeningInodes(port: number): Set<string> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = safeRead(file).split('\n').slice(1);
    for (const line of lines) {
      const cols = line.trim().split(/\s+/);
      // cols: sl, local_address, rem_address, st (0A = LISTEN), ..., inode at index 9.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
    }
  }
  return inodes;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // The command name in field 2 may hold spaces and parentheses: parse after the last ')'.
    const stat = safeRead(`/proc/${entry}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift() as number) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function safeReadlink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '';
  }
}

/** CPU time (user + system) of the server, `pid` and the processes under it, in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const own = processCpuMs(pid);
  if (Number.isNaN(own)) return own;
  return descendants(pid).reduce((sum, each) => sum + (processCpuMs(each) || 0), own);
}

function processCpuMs(pid: number): number {
  const stat = safeRead(`/proc/${pid}/stat`);
  if (!stat) return Number.NaN;
  // Fields after the command name: state is field 3, utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Samples RSS every `everyMs` until stopped; reports the peak and the last value. A server that
 * is gone stops the sampling quietly (the caller learns of the exit from the process itself)
 * rather than throwing from a timer, which would take the whole bench down uncleaned.
 */
export function sampleRss(pid: number, everyMs = 10): { stop: () => { peak: number; last: number } } {
  let peak = rssBytes(pid);
  let last = peak;
  const read = () => {
    try {
      last = rssBytes(pid);
      peak = Math.max(peak, last);
    } catch {
      clearInterval(timer);
    }
  };
  const timer = setInterval(read, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return { peak, last };
    },
  };
}
