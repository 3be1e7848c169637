/**
 * How many users one instance holds within the load target (issue 12): a short ramp after the
 * main run. When the main run passes, steps of more users follow until one fails; when it
 * fails, steps of fewer users follow until one passes, so the answer is a number either way.
 */
export const P95_LIMIT_MS = 300;
export const RAMP_UP = [150, 200, 300, 400] as const;
export const RAMP_DOWN = [75, 50, 25] as const;

export interface StepOutcome {
  users: number;
  p95: number;
  errors: number;
}

export const passes = (step: StepOutcome): boolean => step.errors === 0 && step.p95 < P95_LIMIT_MS;

/** The steps to try after `main`, in order; the ramp stops early (see nextStep). */
export function rampSteps(main: StepOutcome): number[] {
  return passes(main) ? RAMP_UP.filter((n) => n > main.users) : RAMP_DOWN.filter((n) => n < main.users);
}

/** The next step's users, or null when the ramp is over: up stops at a failure, down at a pass. */
export function nextStep(main: StepOutcome, done: StepOutcome[]): number | null {
  const last = done.at(-1);
  if (last && passes(last) !== passes(main)) return null;
  return rampSteps(main)[done.length] ?? null;
}

/** "Users one instance holds within p95 < 300 ms" as the report states it. */
export function holds(main: StepOutcome, done: StepOutcome[]): string {
  const passing = [main, ...done].filter(passes).map((s) => s.users);
  const failing = [main, ...done].filter((s) => !passes(s)).map((s) => s.users);
  if (!passing.length) return `< ${Math.min(...failing)}`;
  const best = Math.max(...passing);
  const above = failing.filter((n) => n > best);
  return above.length ? `${best} (${Math.min(...above)} did not)` : `≥ ${best} (the largest step tried)`;
}
