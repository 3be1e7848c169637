import 'server-only';
import type { FetchMessageObject, FetchQueryObject, ImapFlow, MailboxObject } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import type { MessageRef } from '@/lib/ids';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import type { Features } from './capabilities';
import { type ImapLease, withImap } from './pool';
import type { RetryPolicy } from './retry-rule';
import { withMailbox } from './with-mailbox';

export interface MessageContext {
  client: ImapFlow;
  features: Features;
  ref: MessageRef;
  mailbox: MailboxObject;
  /** The lease's write(): wraps each write command of work run with `retry: 'never'`. */
  write: ImapLease['write'];
}

export const messageGone = (cause?: unknown) =>
  new AppError('NOT_FOUND', 'This message no longer exists; it may have been moved or deleted.', { cause });

/**
 * Runs `work` with the message `ref` names selected on a leased connection (the route decoded
 * its id). A mailbox that is gone (errors.ts), another UIDVALIDITY and an expunged UID are NOT_FOUND.
 *
 * Existence costs one `UID FETCH uid (UID)`; a caller whose first command is a FETCH passes
 * `verify: false` and uses fetchMessage() instead, which checks the same thing for free.
 * Work that changes the message passes `retry: 'never'` (see withImap).
 */
export function withMessage<T>(
  account: Account,
  ref: MessageRef,
  work: (context: MessageContext) => Promise<T>,
  options: { verify?: boolean; retry?: RetryPolicy } = {},
): Promise<T> {
  return withImap(
    account,
    ({ client, features, write }) => {
      return withMailbox(client, ref.path, async (mailbox) => {
        // RFC 3501 §2.3.1.1: a new UIDVALIDITY means the UID may name another message now.
        if (Number(mailbox.uidValidity) !== ref.uidValidity) throw new AppError('NOT_FOUND', 'This message id is stale.');
        const context = { client, features, ref, mailbox, write };
        if (options.verify !== false) await fetchMessage(context, { uid: true });
        return work(context);
      });
    },
    { mailbox: ref.path, retry: options.retry },
  );
}

/** The message's FETCH; an empty answer (the UID is gone) is NOT_FOUND. */
export async function fetchMessage(context: MessageContext, query: FetchQueryObject): Promise<FetchMessageObject> {
  const message = await context.client.fetchOne(String(context.ref.uid), query, { uid: true });
  if (!message) throw messageGone();
  return message;
}

/** A body read chunk by chunk: `read` gives null at the end; `stop` leaves the connection idle after an early end. */
export interface ChunkSource {
  read(): Promise<Uint8Array | null>;
  stop(): Promise<void>;
}

/** How long a download may wait for its reader before it gives the connection back. */
const STALL_MS = 60_000;

/**
 * withMessage() for downloads: `open` returns a value and a chunk source, and the lease (the
 * connection, its mailbox lock) stays held until the body stream ends, fails, is cancelled by
 * the client, or stalls: streaming keeps the connection busy, so nobody else may use it.
 * `signal` (the request's) ends it too: a client gone before the body was read never cancels it.
 */
export function withMessageStream<T>(
  account: Account,
  ref: MessageRef,
  open: (context: MessageContext) => Promise<{ value: T; source: ChunkSource | null }>,
  signal?: AbortSignal,
): Promise<{ value: T; body: ReadableStream<Uint8Array> | null }> {
  return new Promise((resolve, reject) => {
    let handedOut = false;
    const work = async (context: MessageContext) => {
      // withImap repeats work after a lost connection; once the body is out, there is nothing to repeat.
      if (handedOut) return;
      const { value, source } = await open(context);
      handedOut = true;
      if (!source) return resolve({ value, body: null });
      await new Promise<void>((ended) => resolve({ value, body: leasedBody(source, context.client, ended, signal) }));
    };
    withMessage(account, ref, work, { verify: false }).catch((error) => {
      if (!handedOut) reject(error);
      else logger().warn({ err: error, user: account.user }, 'download lease ended with an error');
    });
  });
}

/**
 * A web stream pulling one chunk per read (backpressure: nothing is fetched ahead of the
 * reader but one chunk). `ended` releases the lease, exactly once; after an early end the
 * source first lets the FETCH in flight finish, and a connection that cannot is closed, so
 * the pool discards it instead of lending out a connection in the middle of a command.
 */
function leasedBody(source: ChunkSource, client: ImapFlow, ended: () => void, signal?: AbortSignal): ReadableStream<Uint8Array> {
  let done = false;
  let stall: NodeJS.Timeout | undefined;
  const abandoned = () => void finish(true);
  const finish = async (early: boolean) => {
    if (done) return;
    done = true;
    clearTimeout(stall);
    signal?.removeEventListener('abort', abandoned);
    if (early) await source.stop().catch(() => client.close());
    ended();
  };
  if (signal?.aborted) abandoned();
  else signal?.addEventListener('abort', abandoned, { once: true });
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (done) {
        controller.close();
        return;
      }
      clearTimeout(stall);
      stall = setTimeout(() => {
        controller.error(new Error('download stalled'));
        void finish(true);
      }, STALL_MS);
      try {
        const chunk = await source.read();
        if (done) return;
        if (chunk) controller.enqueue(chunk);
        else {
          controller.close();
          await finish(false);
        }
      } catch (error) {
        if (done) return;
        logger().warn({ err: error }, 'download failed while streaming');
        controller.error(error);
        await finish(true);
      }
    },
    cancel: () => finish(true),
  });
}
