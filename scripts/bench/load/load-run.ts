import { mailboxId } from '../../../lib/ids';
import { AppClient } from '../app-client';
import { type BenchUser, PASSWORD } from '../config';
import { cpuMs, rssBytes, sampleRss } from '../rss';
import { type Summary, summarize } from '../stats';
import { simulateUser } from './simulated-user';

export interface LoadResult {
  users: number;
  seconds: number;
  thinkMs: number;
  requests: number;
  throughputPerS: number;
  errors: number;
  errorKinds: Record<string, number>;
  latency: Summary;
  byRequest: Record<string, Summary>;
  /** Latency by 5-second slice of the run, by when each request ended: shows warm-up and stalls. */
  timeline: Array<{ fromS: number } & Summary>;
  signIn: Summary;
  rssBeforeMiB: number;
  rssSignedInMiB: number;
  rssPeakMiB: number;
  rssAfterMiB: number;
  /** (RSS after the run − RSS before the sign-ins) / signed-in users. */
  perUserMiB: number;
  /** The server's CPU use during the run, in % of one core (Node serves on one thread), and per request. */
  serverCpuPercent: number;
  serverCpuMsPerRequest: number;
}

const MiB = 2 ** 20;

/** Signs every user in (10 at a time), lets them all read mail for `seconds`, then signs them out. */
export async function loadRun(users: BenchUser[], seconds: number, thinkMs: number, serverPid: number): Promise<LoadResult> {
  const before = rssBytes(serverPid);
  const errorKinds: Record<string, number> = {};
  const countError = (kind: string) => {
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  const clients: AppClient[] = [];
  const signIns: number[] = [];
  for (let i = 0; i < users.length; i += 10) {
    await Promise.all(
      users.slice(i, i + 10).map(async ({ user }) => {
        const client = new AppClient();
        const started = performance.now();
        try {
          await client.signIn(user, PASSWORD);
          signIns.push(performance.now() - started);
          clients.push(client);
        } catch (error) {
          // A refused sign-in is an error of the run, and that user then stays out of it.
          countError(`sign-in: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`);
        }
      }),
    );
  }
  const signedIn = rssBytes(serverPid);
  const sampler = sampleRss(serverPid, 100);
  const cpuBefore = cpuMs(serverPid);
  const started = Date.now();
  const latencies: number[] = [];
  const perRequest = new Map<string, number[]>();
  const slices: number[][] = [];
  const record = (request: string, ms: number, error: string | null) => {
    if (error) countError(`${request}: ${error}`);
    latencies.push(ms);
    const slice = Math.floor((Date.now() - started) / 5000);
    const bucket = slices[slice] ?? [];
    bucket.push(ms);
    slices[slice] = bucket;
    const list = perRequest.get(request) ?? [];
    list.push(ms);
    perRequest.set(request, list);
  };
  const deadline = started + seconds * 1000;
  const inboxId = mailboxId('INBOX');
  await Promise.all(clients.map((client) => simulateUser(client, inboxId, deadline, thinkMs, record)));
  const elapsed = (Date.now() - started) / 1000;
  const cpu = cpuMs(serverPid) - cpuBefore;
  const rss = sampler.stop();
  await Promise.all(clients.map((client) => client.signOut().catch(() => undefined)));
  const errors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
  return {
    users: users.length,
    seconds: elapsed,
    thinkMs,
    requests: latencies.length,
    throughputPerS: latencies.length / elapsed,
    errors,
    errorKinds,
    latency: summarize(latencies),
    byRequest: Object.fromEntries([...perRequest].map(([name, samples]) => [name, summarize(samples)])),
    timeline: [...slices.entries()].map(([i, samples]) => ({ fromS: i * 5, ...summarize(samples ?? []) })),
    signIn: summarize(signIns),
    rssBeforeMiB: before / MiB,
    rssSignedInMiB: signedIn / MiB,
    rssPeakMiB: rss.peak / MiB,
    rssAfterMiB: rss.last / MiB,
    perUserMiB: (rss.last - before) / MiB / Math.max(clients.length, 1),
    serverCpuPercent: cpu / 10 / elapsed,
    serverCpuMsPerRequest: cpu / Math.max(latencies.length, 1),
  };
}
