/**
 * Seeds a Dovecot user's Maildir directly with deterministic, realistic test mail.
 *
 * Content: `count` messages in INBOX, index 0 the newest (2026-10-01 09:00Z, each next
 * one a minute older); with `folders` (default) also a fixed set in 'Team Stuff',
 * 'Team Stuff/Child', 'Données clients', 'Приходящие', 'Sent' and 'Archive' (folders.ts).
 * Every message is a pure function of (seed, user, folder, index): generate-message.ts.
 * Where the notable INBOX messages sit (charset samples, reply chain, inline image,
 * RFC 2231 names, the 5 MiB and 20 MiB attachments) is listed in plan.ts; the 20 MiB
 * one is index 999, so it exists only when count >= 1000.
 *
 * Manifest (`messages`): every message with index < 1000 in its folder, plus beyond
 * that every charset message and every multi-MiB attachment; so the manifest of 100k
 * messages has ~9k small entries and re-runs need not regenerate everything. Any
 * other entry can be had without disk: generateMessage(ctx, folder, index).entry.
 *
 * Idempotency rule, per folder: an empty folder (no file in cur/ or new/) is written.
 * A non-empty folder is left alone (status 'unchanged') when it holds exactly the
 * messages this run would write, checked as: one file per index 0..count-1, each name
 * carrying this seed and the planned date; and byte-identical content for the first
 * 100 messages (every message kind occurs among them), the middle and the last one.
 * Flags are not compared, since tests and users change them through IMAP; the summary
 * reports the seeded flags. Anything else (another seed or count, a generator change,
 * an expunged or foreign message) is refused with an error, writing nothing there.
 */
import { existsSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { mailOwner, userHome, userMaildir } from '../imap/paths';
import { FOLDERS, type FolderDef, maildirFolderDir } from './folders';
import { type GenContext, generateMessage } from './generate-message';
import { ensureMaildirFolder, existingMessages, maildirBase, writeMessage } from './maildir-writer';
import { type Plan, planMessage } from './plan';
import type { SeededMessage } from './types';
import { verifyFolder } from './verify-folder';

export type { MessageKind, SeededAttachment, SeededMessage } from './types';

export interface SeedOptions {
  user: string;
  count: number;
  /** Default 1. */
  seed?: number;
  /** Default true: also fill the extra folders. */
  folders?: boolean;
}

export interface SeededFolder {
  /** IMAP path, e.g. 'Team Stuff/Child'. */
  path: string;
  total: number;
  unseen: number;
  flagged: number;
  /** Sum of message sizes in bytes. */
  bytes: number;
  /** 'unchanged' when the folder already held exactly this content (see the idempotency rule). */
  status: 'written' | 'unchanged';
}

export interface SeedSummary {
  user: string;
  folders: SeededFolder[];
  messages: SeededMessage[];
}

export const MANIFEST_FULL_BELOW = 1000;

/** The manifest rule above, decided from the plan alone so re-runs can skip generation. */
export function inManifest(index: number, plan: Pick<Plan, 'kind' | 'attachments'>): boolean {
  if (index < MANIFEST_FULL_BELOW || plan.kind === 'charset') return true;
  return plan.attachments === 'five' || plan.attachments === 'three' || plan.attachments === 'twenty';
}

export async function seedMailbox(opts: SeedOptions): Promise<SeedSummary> {
  const seed = opts.seed ?? 1;
  // Same rule as scripts/imap/users.ts: the name becomes a directory under the mail root.
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(opts.user)) throw new Error(`invalid user name: ${opts.user}`);
  if (!Number.isSafeInteger(opts.count) || opts.count < 0)
    throw new Error(`count must be a non-negative integer, got ${opts.count}`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`seed must be a non-negative integer, got ${seed}`);
  const owner = mailOwner();
  const home = userHome(opts.user);
  const maildir = userMaildir(opts.user);
  if (!existsSync(home)) {
    await mkdir(home, { recursive: true, mode: 0o700 });
    await chown(home, owner.uid, owner.gid);
  }
  const ctx: GenContext = { seed, user: opts.user };
  const defs = FOLDERS.filter((f) => f.path === 'INBOX' || opts.folders !== false);
  // Validate every folder name before touching the disk.
  const dirs = defs.map((def) => maildirFolderDir(maildir, def.path));
  await ensureMaildirFolder(maildir, owner, false);

  const summary: SeedSummary = { user: opts.user, folders: [], messages: [] };
  for (const [i, def] of defs.entries()) {
    const dir = dirs[i] as string;
    await ensureMaildirFolder(dir, owner, def.path !== 'INBOX');
    const count = def.count ?? opts.count;
    const folder = await seedFolder(ctx, def, dir, count, owner, (e) => summary.messages.push(e));
    summary.folders.push(folder);
  }
  return summary;
}

type Stats = Omit<SeededFolder, 'path' | 'status'>;

function tally(stats: Stats, plan: Plan, size: number): void {
  stats.total++;
  stats.bytes += size;
  if (!plan.seen) stats.unseen++;
  if (plan.flagged) stats.flagged++;
}

async function seedFolder(
  ctx: GenContext,
  def: FolderDef,
  dir: string,
  count: number,
  owner: { uid: number; gid: number },
  onEntry: (e: SeededMessage) => void,
): Promise<SeededFolder> {
  const stats: Stats = { total: 0, unseen: 0, flagged: 0, bytes: 0 };
  const existing = await existingMessages(dir);
  if (existing.size > 0) {
    for (const { index, plan, size } of await verifyFolder(ctx, def, dir, count, existing)) {
      tally(stats, plan, size);
      if (inManifest(index, plan)) onEntry(generateMessage(ctx, def.path, index).entry);
    }
    return { path: def.path, ...stats, status: 'unchanged' };
  }
  // Generate-then-write one message at a time: memory stays flat, and see writeMessage() for why it is synchronous.
  for (let index = 0; index < count; index++) {
    const m = generateMessage(ctx, def.path, index);
    const plan = planMessage(ctx.seed, def, index);
    tally(stats, plan, m.raw.length);
    if (inManifest(index, plan)) onEntry(m.entry);
    writeMessage(
      dir,
      { base: maildirBase(m.time, ctx.seed, index, m.raw.length), flags: m.flags, raw: m.raw, time: m.time },
      owner,
    );
  }
  return { path: def.path, ...stats, status: 'written' };
}
