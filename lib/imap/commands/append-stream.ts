import 'server-only';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import type { ImapFlow, ResponseEvent } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import { isConnectionLost, toAppError } from '@/lib/imap/connection/errors';
import { mailboxName } from './mailbox-name';
import { atom, type RawAttribute, type RawToken, rawCommand, type TaggedCompletion, tokenText } from './raw-command';
import { streamLiteral } from './stream-literal';

/** A message on disk (spool.ts): its size in octets, and a new stream of its bytes from the start. */
export interface MessageFile {
  size: number;
  stream(): Readable;
}

/** What APPENDUID (RFC 4315 §3) names; both null when the server sent none. */
export interface StreamedAppend {
  uidValidity: number | null;
  uid: number | null;
}

/** RFC 7888: LITERAL- allows a non-synchronizing literal of at most 4096 octets. */
const LITERAL_MINUS_MAX = 4096;

/**
 * `APPEND path (flags) {n}` (RFC 3501 §6.3.11) with the message's octets streamed from its file:
 * imapflow's append() takes a Buffer only, which holds a 25 MB message in memory whole. The
 * command goes through imapflow's own queue and parser (rawCommand()), so tags, the tagged
 * answer, untagged EXISTS and the connection's state stay imapflow's; only the literal's octets
 * are written by stream-literal.ts, between the command line and the answer. With LITERAL+
 * (RFC 7888) the size is announced as `{n+}` and the octets follow the command line at once;
 * else as `{n}`, and they go only on the server's `+` (a NO instead sends none).
 *
 * The file is opened, and its first octets read, before anything is sent: once announced, a
 * literal must follow whole. Run inside lease.write(). A NO or BAD is the server's refusal,
 * through errors.ts (`[TRYCREATE]`: NOT_FOUND); a file that fails or changes size is INTERNAL
 * (its connection closed, nothing filed); a lost connection stays imapflow's error, which the
 * pool reports as WRITE_UNCONFIRMED, as for any write that may have reached the server.
 */
export async function appendStream(
  client: ImapFlow,
  path: string,
  message: MessageFile,
  flags: string[],
): Promise<StreamedAppend> {
  refuseOverLimit(client, message.size);
  // A literal may not hold NUL (RFC 3501 §4.3); RFC 3516's literal8 `~{n}` may, as imapflow sends it with BINARY.
  const literal8 = client.capabilities.has('BINARY') && (await holdsNul(message.stream()));
  const nonSync =
    client.capabilities.has('LITERAL+') || (client.capabilities.has('LITERAL-') && message.size <= LITERAL_MINUS_MAX);
  const body = message.stream();
  try {
    await once(body, 'readable');
    const literal = streamLiteral(client, body, message.size);
    const attributes: RawAttribute[] = [
      atom(mailboxName(client, path)),
      ...(flags.length > 0 ? [flags.map(atom)] : []),
      literalSize(`${literal8 ? '~' : ''}{${message.size}${nonSync ? '+' : ''}}`),
    ];
    const hooks = nonSync ? { onSend: literal.start } : { onPlusTag: literal.start };
    const answer = await rawCommand(client, 'APPEND', attributes, {}, hooks).then(
      (completion) => ({ completion }),
      (error: unknown) => ({ error }),
    );
    const unwritten = await literal.settled();
    const early = literal.answeredEarly();
    if (early) throw refusal(early);
    if ('error' in answer) {
      // Our side cut the literal short (the file failed): the connection is closed and nothing was filed.
      if (unwritten && !isConnectionLost(unwritten)) throw new AppError('INTERNAL', undefined, { cause: unwritten });
      throw answer.error;
    }
    return appendUid(answer.completion);
  } finally {
    body.destroy();
  }
}

/**
 * The literal's size marker, `{n}`, `{n+}` or `~{n}`, as the last token of the command line.
 * imapflow's compiler writes a TEXT token as it is (refusing CR and LF), where an ATOM would be
 * quoted and a LITERAL would want the octets in memory.
 */
const literalSize = (value: string): RawToken => ({ type: 'TEXT', value });

/** RFC 7889: a server with APPENDLIMIT refuses a larger message; it is not sent. The error imapflow's append() throws. */
function refuseOverLimit(client: ImapFlow, size: number): void {
  const limit = client.capabilities.get('APPENDLIMIT');
  if (typeof limit === 'number' && limit < size) {
    throw Object.assign(new Error(`Message content too big for APPENDLIMIT=${limit}`), { serverResponseCode: 'APPENDLIMIT' });
  }
}

async function holdsNul(stream: Readable): Promise<boolean> {
  for await (const chunk of stream as AsyncIterable<Buffer>) if (chunk.includes(0)) return true;
  return false;
}

/** A NO or BAD that came before the literal was complete: the server refused the APPEND and filed nothing. */
function refusal({ response, code }: ResponseEvent): AppError {
  if (response !== 'NO' && response !== 'BAD') return new AppError('WRITE_UNCONFIRMED');
  return toAppError(Object.assign(new Error('Command failed'), { responseStatus: response, serverResponseCode: code }));
}

/** `[APPENDUID uidvalidity uid]` (RFC 4315 §3) in the tagged OK; nzNumbers of at most 32 bits. */
function appendUid({ code, codeArguments }: TaggedCompletion): StreamedAppend {
  const [validity, uid] = codeArguments.map((token) => uint32(tokenText(token)));
  if (code !== 'APPENDUID' || !validity || !uid) return { uidValidity: null, uid: null };
  return { uidValidity: validity, uid };
}

function uint32(text: string | null): number | null {
  const value = text !== null && /^\d{1,10}$/.test(text) ? Number(text) : 0;
  return value > 0 && value <= 0xffffffff ? value : null;
}
