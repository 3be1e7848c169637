/**
 * What each message is: kind, date and flags, as a pure function of (seed, folder, index).
 *
 * Index 0 is the newest message of a folder. Dates count back from BASE_DATE by the
 * folder's spacing, with a jitter smaller than the spacing so date order is strict.
 * The notable INBOX messages sit at fixed positions in every block of 100, so any
 * count >= 100 contains all of them:
 *   pos 1–8   the eight charset samples (charsets.ts)
 *   pos 9     HTML with an inline cid: PNG (multipart/related)
 *   pos 10–13 a reply chain: 13 starts it, 12 answers 13, 11 answers 12, 10 answers 11
 *   pos 14    RFC 2231 attachment filenames (single and continued)
 *   pos 15    invoice with a PDF
 *   pos 16    newsletter
 *   pos 17    a forward with the original attached as message/rfc822 (part 2)
 *   pos 50    a 230–520 KiB photo, in every fifth block only
 * plus index 30: a 5 MiB PNG (exactly 5,242,880 bytes); index 999: a 20 MiB PNG (so only
 * when count >= 1000); every index ≡ 5030 (mod 10000): a 3 MiB PNG. The rest is drawn at random.
 */
import type { FolderDef } from './folders';
import { Rng } from './prng';
import type { MessageKind } from './types';

/** 2026-10-01T09:00:00Z: fixed so no output depends on the clock. */
export const BASE_DATE = Date.UTC(2026, 9, 1, 9, 0, 0);

export type AttachmentSet = 'small' | 'invoice' | 'intl-names' | 'photo' | 'five' | 'three' | 'twenty';

export interface Plan {
  kind: MessageKind;
  /** Charset sample number for 'charset'; photo variant for 'photo'. */
  variant: number;
  attachments?: AttachmentSet;
  /** Index of the message this one answers (same folder), and of its thread's first message. */
  parent?: number;
  root?: number;
  /** Replies between this message and the root (0 for the root). */
  depth: number;
  /** Milliseconds since the epoch. */
  date: number;
  seen: boolean;
  flagged: boolean;
  answered: boolean;
}

/** Team folders run threads of four: index 4k+3 starts, 4k+2..4k answer in turn. */
const TEAM_THREAD = 4;

function inboxKind(index: number, rng: Rng): Pick<Plan, 'kind' | 'variant' | 'attachments' | 'parent' | 'root' | 'depth'> {
  const pos = index % 100;
  const base = { variant: 0, depth: 0 };
  if (index === 30) return { ...base, kind: 'attachment', attachments: 'five' };
  if (index === 999) return { ...base, kind: 'attachment', attachments: 'twenty' };
  if (index % 10000 === 5030) return { ...base, kind: 'attachment', attachments: 'three' };
  if (pos >= 1 && pos <= 8) return { ...base, kind: 'charset', variant: pos - 1 };
  if (pos === 9) return { ...base, kind: 'inline-image' };
  if (pos >= 10 && pos <= 13) {
    const root = index - pos + 13;
    return pos === 13
      ? { ...base, kind: 'thread-root', root }
      : { kind: 'reply', variant: 0, parent: index + 1, root, depth: 13 - pos };
  }
  if (pos === 14) return { ...base, kind: 'attachment', attachments: 'intl-names' };
  if (pos === 15) return { ...base, kind: 'attachment', attachments: 'invoice' };
  if (pos === 16) return { ...base, kind: 'newsletter' };
  if (pos === 17) return { ...base, kind: 'forward' };
  if (pos === 50 && Math.floor(index / 100) % 5 === 0)
    return { ...base, kind: 'attachment', attachments: 'photo', variant: Math.floor(index / 500) };
  return randomKind(rng);
}

function randomKind(rng: Rng): Pick<Plan, 'kind' | 'variant' | 'attachments' | 'depth'> {
  const r = rng.next();
  if (r < 0.45) return { kind: 'alternative', variant: 0, depth: 0 };
  if (r < 0.75) return { kind: 'plain', variant: 0, depth: 0 };
  if (r < 0.85) return { kind: 'attachment', variant: 0, depth: 0, attachments: 'small' };
  if (r < 0.89) return { kind: 'attachment', variant: 0, depth: 0, attachments: 'invoice' };
  if (r < 0.97) return { kind: 'newsletter', variant: 0, depth: 0 };
  return { kind: 'inline-image', variant: 0, depth: 0 };
}

function kindFor(
  def: FolderDef,
  index: number,
  rng: Rng,
): Pick<Plan, 'kind' | 'variant' | 'attachments' | 'parent' | 'root' | 'depth'> {
  switch (def.style) {
    case 'inbox':
      return inboxKind(index, rng);
    case 'team': {
      const pos = index % TEAM_THREAD;
      const root = index - pos + TEAM_THREAD - 1;
      if (pos === TEAM_THREAD - 1) return { kind: 'thread-root', variant: 0, root, depth: 0 };
      return { kind: 'reply', variant: 0, parent: index + 1, root, depth: TEAM_THREAD - 1 - pos };
    }
    case 'intl':
      // One legacy-charset message per folder keeps non-INBOX folders honest too.
      if (index === 2) return { kind: 'charset', variant: def.path.length % 8, depth: 0 };
      return { kind: rng.chance(0.5) ? 'alternative' : 'plain', variant: 0, depth: 0 };
    case 'sent':
      if (index % 7 === 3) return { kind: 'attachment', variant: 0, depth: 0, attachments: 'small' };
      return { kind: rng.chance(0.6) ? 'plain' : 'alternative', variant: 0, depth: 0 };
    case 'archive':
      return randomKind(rng);
  }
}

/** Share of seen messages by age: recent INBOX mail is often unread, old mail almost never. */
function seenChance(def: FolderDef, index: number): number {
  if (def.style === 'sent' || def.style === 'archive') return 1;
  if (def.style !== 'inbox') return index < 3 ? 0 : 0.85;
  if (index < 25) return 0.3;
  if (index < 200) return 0.7;
  if (index < 2000) return 0.92;
  return 0.99;
}

export function planMessage(seed: number, def: FolderDef, index: number): Plan {
  const rng = Rng.from(`${seed}|${def.path}|${index}|plan`);
  const kind = kindFor(def, index, rng);
  const minutes = def.offset + index * def.spacing;
  const jitter = rng.int(Math.min(60, def.spacing * 60));
  const date = BASE_DATE - minutes * 60_000 + jitter * 1000;
  const seen = rng.chance(seenChance(def, index));
  const flagged = rng.chance(def.style === 'archive' ? 0.1 : 0.04);
  const answered = seen && def.style !== 'sent' && rng.chance(0.1);
  return { ...kind, date, seen, flagged, answered };
}
