import type { BenchContext } from '../context';
import { type OpResult, time } from '../measure';
import { summarize } from '../stats';

/**
 * App only: GET /api/session, a route that unseals the cookie and answers without IMAP. It is
 * the HTTP + route-wrapper share that every API row above its floor contains.
 */
export async function httpOverhead(ctx: BenchContext): Promise<OpResult> {
  for (let i = 0; i < ctx.warmup; i++) await ctx.app.json('GET', '/api/session');
  const samples: number[] = [];
  for (let i = 0; i < ctx.reps; i++) samples.push(await time(() => ctx.app.json('GET', '/api/session')));
  return {
    key: 'http-overhead',
    name: 'HTTP + session, no IMAP (GET /api/session, app only)',
    app: summarize(samples),
    floor: null,
    ratio: null,
  };
}
