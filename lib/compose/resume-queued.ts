import 'server-only';
import { LRUCache } from 'lru-cache';
import { type MessageRef, messageId } from '@/lib/ids';
import { withImap } from '@/lib/imap/connection/pool';
import { withMailbox } from '@/lib/imap/connection/with-mailbox';
import { liveKey } from '@/lib/live/live-key';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { dispatchQueued } from './dispatch-queued';
import { QUEUED, SEND_AT_HEADER } from './queue-marks';
import { hasSendAlarm, setSendAlarm } from './send-timers';

const holder = globalThis as typeof globalThis & { __letterboxResumed?: LRUCache<string, true> };
const resumedAccounts = () => (holder.__letterboxResumed ??= new LRUCache<string, true>({ max: 10_000 }));

/**
 * Sets the alarms of the account's queued sends again after a restart (or on an instance that
 * did not queue them): `UID SEARCH KEYWORD $LetterboxQueued` in Drafts, and each one's due time
 * from its own header; one already due goes at once. Only an account seen again can send: its
 * credentials live in its sessions, never on this server's disk. Called by a live stream that
 * has stayed open a few seconds (a browser reconnects within seconds of a restart), once per
 * account and process: a SELECT of Drafts and one SEARCH.
 */
export function resumeQueued(account: Account): void {
  // Once per account and process: the alarms it sets live as long as the process does.
  const seen = resumedAccounts();
  const key = liveKey(account);
  if (seen.has(key)) return;
  seen.set(key, true);
  void findQueued(account);
}

async function findQueued(account: Account): Promise<void> {
  try {
    const due = await withImap(account, async ({ client }) => {
      const drafts = (await client.list()).find((entry) => entry.specialUse === '\\Drafts')?.path;
      if (!drafts) return [];
      return withMailbox(client, drafts, async (mailbox) => {
        const uids = (await client.search({ keyword: QUEUED }, { uid: true })) || [];
        const found: Array<{ ref: MessageRef; at: number }> = [];
        if (uids.length === 0) return found;
        const field = SEND_AT_HEADER.toLowerCase();
        for await (const message of client.fetch(uids.join(','), { uid: true, headers: [field] }, { uid: true })) {
          const value = /:\s*(.+)/.exec(message.headers?.toString('latin1') ?? '')?.[1]?.trim();
          const at = value ? Date.parse(value) : Number.NaN;
          const ref = { path: drafts, uidValidity: Number(mailbox.uidValidity), uid: message.uid };
          found.push({ ref, at: Number.isNaN(at) ? 0 : at });
        }
        return found;
      });
    });
    for (const { ref, at } of due) {
      const id = messageId(ref);
      if (!hasSendAlarm(id)) setSendAlarm(id, at, () => void dispatchQueued(account, ref));
    }
  } catch (error) {
    logger().info({ err: error, user: account.user }, 'queued sends not resumed');
  }
}
