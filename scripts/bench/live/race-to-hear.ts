import type { BenchContext } from '../context';
import { type Summary, summarize } from '../stats';

/** One change made from outside, and the two listeners that race to hear it. */
export interface Round {
  /** Starts listening on the app's stream; resolves when it delivered this round's event. */
  appHears: Promise<unknown>;
  /** Starts listening on the bare imapflow floor; resolves when it heard the change. */
  floorHears: Promise<unknown>;
  /** Makes the change; the clock starts at its tagged OK. */
  change: () => Promise<void>;
}

/** Apart, so each change is its own push rather than one batch of several. */
const PAUSE_MS = 50;

/**
 * The live rows' timing loop (new mail, a teammate's change): for each round, both listeners
 * are armed before the change is made, and each is timed from the change's OK to the moment it
 * heard it. Either may hear before the OK reaches the changer (Dovecot pushes the untagged
 * response before the tagged one), so a latency may be negative. Warm-up rounds are not kept.
 */
export async function raceToHear(
  ctx: BenchContext,
  rounds: number,
  round: (index: number) => Round,
): Promise<{ app: Summary; floor: Summary }> {
  const app: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < rounds + ctx.warmup; i++) {
    const { appHears, floorHears, change } = round(i);
    const appAt = appHears.then(() => performance.now());
    const floorAt = floorHears.then(() => performance.now());
    await change();
    const ok = performance.now();
    const [heardByApp, heardByFloor] = await Promise.all([appAt, floorAt]);
    if (i >= ctx.warmup) {
      app.push(heardByApp - ok);
      floor.push(heardByFloor - ok);
    }
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  return { app: summarize(app), floor: summarize(floor) };
}
