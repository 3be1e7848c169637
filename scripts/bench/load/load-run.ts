import type { BenchUser } from '../config';
import { rssBytes, sampleRss } from '../rss';
import { type Summary, summarize } from '../stats';
import { planAccounts } from './account-plan';
import { type CapacityResult, capacityRamp } from './capacity';
import { runStep, type StepResult } from './load-step';
import { MIX } from './mix';
import { signInUsers, signOutUsers } from './sign-in-users';

export interface LoadResult extends StepResult {
  accounts: number;
  messagesPerAccount: number;
  thinkMs: number;
  mix: string;
  signIn: Summary;
  rssBeforeMiB: number;
  rssSignedInMiB: number;
  rssPeakMiB: number;
  rssAfterMiB: number;
  /** (RSS after the run − RSS before the sign-ins) / signed-in users. */
  perUserMiB: number;
  /** Null when not asked for (smoke mode, --no-ramp). */
  capacity: CapacityResult | null;
}

const MiB = 2 ** 20;

export interface LoadPlan {
  accounts: BenchUser[];
  users: number;
  seconds: number;
  thinkMs: number;
  ramp: boolean;
}

/**
 * Finds what each account's users address (untimed), signs the users in, lets them read mail
 * for `seconds` (mix.ts), then, when asked, ramps the user count (capacity.ts); signs all out.
 */
export async function loadRun(plan: LoadPlan, serverPid: number, log: (line: string) => void): Promise<LoadResult> {
  const started = performance.now();
  const plans = await planAccounts(plan.accounts);
  const messages = plans.reduce((sum, p) => sum + p.messageIds.length, 0);
  log(`load: ${plans.length} accounts (${messages} messages) planned in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const before = rssBytes(serverPid);
  const refused: Record<string, number> = {};
  const { users, signInMs } = await signInUsers(plans, { from: 0, to: plan.users }, (kind) => {
    refused[kind] = (refused[kind] ?? 0) + 1;
  });
  const signedIn = rssBytes(serverPid);
  const sampler = sampleRss(serverPid, 100);
  try {
    // The first think time is warm-up: the sessions start staggered over it (simulated-user.ts).
    const warmupS = plan.thinkMs / 1000;
    const step = await runStep(users, { warmupS, seconds: plan.seconds, thinkMs: plan.thinkMs }, serverPid);
    const rss = sampler.stop();
    const signInErrors = Object.values(refused).reduce((a, b) => a + b, 0);
    const main: StepResult = { ...step, errors: step.errors + signInErrors, errorKinds: { ...refused, ...step.errorKinds } };
    const outcome = { users: main.users, p95: main.latency.p95, errors: main.errors };
    const capacity = plan.ramp ? await capacityRamp(outcome, users, plans, plan.thinkMs, serverPid, log) : null;
    return {
      ...main,
      accounts: plan.accounts.length,
      messagesPerAccount: plan.accounts[0]?.count ?? 0,
      thinkMs: plan.thinkMs,
      mix: MIX,
      signIn: summarize(signInMs),
      rssBeforeMiB: before / MiB,
      rssSignedInMiB: signedIn / MiB,
      rssPeakMiB: rss.peak / MiB,
      rssAfterMiB: rss.last / MiB,
      perUserMiB: (rss.last - before) / MiB / Math.max(signInMs.length, 1),
      capacity,
    };
  } finally {
    sampler.stop();
    await signOutUsers(users);
  }
}
