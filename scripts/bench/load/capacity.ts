import type { AccountPlan } from './account-plan';
import { holds, nextStep, type StepOutcome } from './capacity-plan';
import { runStep } from './load-step';
import { signInUsers } from './sign-in-users';
import type { LoadUser } from './simulated-user';

export interface CapacityStep {
  users: number;
  throughputPerS: number;
  offeredPerS: number;
  p95: number;
  median: number;
  errors: number;
  serverCpuPercent: number;
}

export interface CapacityResult {
  steps: CapacityStep[];
  /** Users one instance holds with p95 < 300 ms and no errors (capacity-plan.ts). */
  holds: string;
  warmupS: number;
  stepSeconds: number;
}

const WARMUP_S = 5;
const STEP_S = 20;

/**
 * The ramp after the main run. More users are new sign-ins on the same accounts, added to
 * `users` (which the caller signs out); each step runs the first n of them, so a step down
 * needs no sign-in at all. A step's sign-in failures count as its errors.
 */
export async function capacityRamp(
  main: StepOutcome,
  users: LoadUser[],
  plans: AccountPlan[],
  thinkMs: number,
  serverPid: number,
  log: (line: string) => void,
): Promise<CapacityResult> {
  const done: StepOutcome[] = [];
  const steps: CapacityStep[] = [];
  for (let n = nextStep(main, done); n !== null; n = nextStep(main, done)) {
    let refused = 0;
    if (users.length < n) {
      const more = await signInUsers(plans, { from: users.length, to: n }, () => refused++);
      users.push(...more.users);
    }
    const step = await runStep(users.slice(0, n), { warmupS: WARMUP_S, seconds: STEP_S, thinkMs }, serverPid);
    const outcome = { users: n, p95: step.latency.p95, errors: step.errors + refused };
    done.push(outcome);
    steps.push({
      ...outcome,
      median: step.latency.median,
      throughputPerS: step.throughputPerS,
      offeredPerS: step.offeredPerS,
      serverCpuPercent: step.serverCpuPercent,
    });
    log(
      `capacity: ${n} users: ${step.throughputPerS.toFixed(1)} of ${step.offeredPerS.toFixed(1)} req/s offered, ` +
        `p95 ${step.latency.p95.toFixed(0)} ms, ${outcome.errors} errors, server CPU ${step.serverCpuPercent.toFixed(0)}%`,
    );
  }
  return { steps, holds: holds(main, done), warmupS: WARMUP_S, stepSeconds: STEP_S };
}
