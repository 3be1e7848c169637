/**
 * The idempotency check for a folder that already holds mail (rule in seed-mailbox.ts).
 * It must stay fast for 100k messages, so it does not regenerate every message:
 * names are checked against the cheap plan, bytes against a sample that exercises
 * every code path of the generator (the first 100 messages cover every kind).
 */
import type { FolderDef } from './folders';
import { type GenContext, generateMessage } from './generate-message';
import { maildirBase, parseBase, readMessage } from './maildir-writer';
import { type Plan, planMessage } from './plan';

/** Messages compared byte for byte: the first SAMPLE, plus the middle and the last. */
const SAMPLE = 100;

export interface VerifiedMessage {
  index: number;
  plan: Plan;
  size: number;
}

/**
 * Resolves with every message's plan and stored size when the folder holds exactly
 * what this run would write; throws an explanatory error otherwise.
 */
export async function verifyFolder(
  ctx: GenContext,
  def: FolderDef,
  dir: string,
  count: number,
  existing: Map<string, string>,
): Promise<VerifiedMessage[]> {
  const refuse = (why: string) =>
    new Error(
      `refusing to seed ${def.path} of ${ctx.user}: it already holds ${existing.size} message(s) that differ from what ` +
        `seed ${ctx.seed} with ${count} message(s) would write (${why}). Remove ${dir}/cur and ${dir}/new, or use another user.`,
    );
  if (existing.size !== count) throw refuse(`expected ${count}`);

  const found: (VerifiedMessage | undefined)[] = new Array(count);
  for (const base of existing.keys()) {
    const name = parseBase(base);
    if (!name) throw refuse(`'${base}' was not written by this seeder`);
    if (name.seed !== ctx.seed) throw refuse(`'${base}' has seed ${name.seed}`);
    if (name.index >= count || found[name.index]) throw refuse(`'${base}' is not one of indices 0..${count - 1}`);
    const plan = planMessage(ctx.seed, def, name.index);
    if (name.time !== Math.floor(plan.date / 1000)) throw refuse(`'${base}' has another date`);
    found[name.index] = { index: name.index, plan, size: name.size };
  }

  const sample = new Set([...Array.from({ length: Math.min(SAMPLE, count) }, (_, i) => i), Math.floor(count / 2), count - 1]);
  for (const index of sample) {
    const m = generateMessage(ctx, def.path, index);
    const path = existing.get(maildirBase(m.time, ctx.seed, index, m.raw.length));
    if (!path) throw refuse(`message ${index} has another size`);
    if (!(await readMessage(path)).equals(m.raw)) throw refuse(`message ${index} has other content`);
  }
  return found as VerifiedMessage[];
}
