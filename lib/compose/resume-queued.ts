import 'server-only';
import { LRUCache } from 'lru-cache';
import { type MessageRef, messageId } from '@/lib/ids';
import { withImap } from '@/lib/imap/connection/pool';
import { withMailbox } from '@/lib/imap/connection/with-mailbox';
import { liveKey } from '@/lib/live/live-key';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { dispatchQueued } from './dispatch-queued';
import { QUEUED, SEND_AT_HEADER, SENDING, STALE_CLAIM_MS } from './queue-marks';
import { hasSendAlarm, setSendAlarm } from './send-timers';
import { settleStaleClaim } from './settle-stale-claim';

const holder = globalThis as typeof globalThis & { __letterboxResumed?: LRUCache<string, true> };
const resumedAccounts = () => (holder.__letterboxResumed ??= new LRUCache<string, true>({ max: 10_000 }));

/**
 * Sets the alarms of the account's queued sends again after a restart (or on an instance that
 * did not queue them): `UID SEARCH KEYWORD $LetterboxQueued` in Drafts, and each one's due time
 * from its own header; one already due goes at once. Only an account seen again can send: its
 * credentials live in its sessions, never on this server's disk. Called by a live stream that
 * has stayed open a few seconds (a browser reconnects within seconds of a restart), once per
 * account and process: a SELECT of Drafts and one SEARCH. A claim left by a process that died
 * mid-send is settled here too (settle-stale-claim.ts).
 */
export function resumeQueued(account: Account): void {
  // Once per account and process: the alarms it sets live as long as the process does.
  const seen = resumedAccounts();
  const key = liveKey(account);
  if (seen.has(key)) return;
  seen.set(key, true);
  void findQueued(account);
}

interface Queued {
  ref: MessageRef;
  /** When it is due (0 when its header is unreadable: at once). */
  at: number;
  /** Claimed for sending ($LetterboxSending) by some process. */
  claimed: boolean;
  messageId: string | null;
}

async function findQueued(account: Account): Promise<void> {
  try {
    const due = await withImap(account, async ({ client }) => {
      const drafts = (await client.list()).find((entry) => entry.specialUse === '\\Drafts')?.path;
      if (!drafts) return [];
      return withMailbox(client, drafts, async (mailbox) => {
        const uids = (await client.search({ keyword: QUEUED }, { uid: true })) || [];
        const found: Queued[] = [];
        if (uids.length === 0) return found;
        const query = { uid: true, flags: true, envelope: true, headers: [SEND_AT_HEADER.toLowerCase()] };
        for await (const message of client.fetch(uids.join(','), query, { uid: true })) {
          const value = /:\s*(.+)/.exec(message.headers?.toString('latin1') ?? '')?.[1]?.trim();
          const at = value ? Date.parse(value) : Number.NaN;
          const ref = { path: drafts, uidValidity: Number(mailbox.uidValidity), uid: message.uid };
          const claimed = message.flags?.has(SENDING) === true;
          found.push({ ref, at: Number.isNaN(at) ? 0 : at, claimed, messageId: message.envelope?.messageId ?? null });
        }
        return found;
      });
    });
    for (const { ref, at, claimed, messageId: sentId } of due) {
      // Claimed long ago: the process that claimed it is gone (settle-stale-claim.ts); a recent claim is at work.
      if (claimed) {
        if (Date.now() - at > STALE_CLAIM_MS) await settleStaleClaim(account, ref, sentId);
        continue;
      }
      const id = messageId(ref);
      if (!hasSendAlarm(id)) setSendAlarm(id, at, () => void dispatchQueued(account, ref));
    }
  } catch (error) {
    logger().info({ err: error, user: account.user }, 'queued sends not resumed');
  }
}
