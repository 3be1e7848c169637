import type { BenchContext } from '../context';
import { uidSortByDateDesc } from '../floor/commands';
import type { OpResult } from '../measure';
import { time } from '../measure';
import { summarize } from '../stats';

/**
 * Floor only: `UID SORT (REVERSE DATE)` of the whole INBOX, what any list needs once per
 * change of the mailbox. The app pays it on the first page after mail arrives or leaves
 * and then answers from its sort cache, which the repeated page timings hit.
 */
export async function sortOrder(ctx: BenchContext): Promise<OpResult> {
  const samples: number[] = [];
  for (let i = 0; i < Math.min(ctx.reps, 10); i++) samples.push(await time(() => uidSortByDateDesc(ctx.floor)));
  return {
    key: 'sort-order',
    name: `UID SORT of all ${ctx.fx.sorted.length.toLocaleString('en-US')} (floor only)`,
    app: null,
    floor: summarize(samples),
    ratio: null,
  };
}
