import { cpuMs } from '../rss';
import { type Recorded, recorder } from './recorder';
import { type LoadUser, simulateUser } from './simulated-user';

export interface StepResult extends Omit<Recorded, 'inWindow'> {
  users: number;
  /** Unmeasured seconds first, then the measured window. */
  warmupS: number;
  seconds: number;
  requests: number;
  throughputPerS: number;
  /** What the users would send if every answer were instant: users / mean think time. */
  offeredPerS: number;
  /** Throughput / offered: below ~0.95 the server, not the users' pauses, sets the pace. */
  servedShare: number;
  /** The server's CPU over the window, in % of one core (Node serves on one thread), and per request. */
  serverCpuPercent: number;
  serverCpuMsPerRequest: number;
}

/**
 * `users` read mail for `warmupS` + `seconds`; only the last `seconds` are measured. The server's
 * CPU is read at the window's two ends, so the warm-up and the in-flight tail are not in it.
 */
export async function runStep(
  users: LoadUser[],
  plan: { warmupS: number; seconds: number; thinkMs: number },
  serverPid: number,
): Promise<StepResult> {
  const from = Date.now() + plan.warmupS * 1000;
  const to = from + plan.seconds * 1000;
  const record = recorder({ from, to });
  const cpu = { from: Number.NaN, to: Number.NaN };
  const at = (time: number, read: () => void) => setTimeout(read, Math.max(0, time - Date.now()));
  const timers = [
    at(from, () => {
      cpu.from = cpuMs(serverPid);
    }),
    at(to, () => {
      cpu.to = cpuMs(serverPid);
    }),
  ];
  await Promise.all(users.map((user) => simulateUser(user, to, plan.thinkMs, record.record)));
  for (const timer of timers) clearTimeout(timer);
  if (Number.isNaN(cpu.to)) cpu.to = cpuMs(serverPid);
  const { inWindow, ...recorded } = record.result();
  const offeredPerS = plan.thinkMs > 0 ? (users.length * 1000) / plan.thinkMs : Number.POSITIVE_INFINITY;
  const throughputPerS = inWindow / plan.seconds;
  const cpuUsed = cpu.to - cpu.from;
  return {
    users: users.length,
    warmupS: plan.warmupS,
    seconds: plan.seconds,
    requests: inWindow,
    throughputPerS,
    offeredPerS,
    servedShare: throughputPerS / offeredPerS,
    ...recorded,
    serverCpuPercent: cpuUsed / 10 / plan.seconds,
    serverCpuMsPerRequest: cpuUsed / Math.max(inWindow, 1),
  };
}
