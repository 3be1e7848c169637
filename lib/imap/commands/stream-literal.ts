import 'server-only';
import type { Readable, Writable } from 'node:stream';
import type { ImapFlow, ResponseEvent } from 'imapflow';

/**
 * The two fields of imapflow 2.10's connection a literal is written through, as internal as
 * exec() (raw-command.ts): the stream imapflow writes every command to (the TCP or TLS socket,
 * or COMPRESS's deflate input), and the counter stats().sent reports.
 */
interface Wire {
  writeSocket: Writable;
  writeBytesCounter: number;
}

const CRLF = Buffer.from('\r\n');

const connectionLost = () =>
  Object.assign(new Error('The connection closed while a literal was being written'), { code: 'EConnectionClosed' });

/** A literal being written; `start` is handed to rawCommand() as the hook that begins it. */
export interface StreamedLiteral {
  /** Begins writing, once: for LITERAL+ as soon as the command line is out, else on the server's `+`. */
  start(): void;
  /** Null once every octet and the command's CRLF are handed to the socket (or nothing was started); else why not. */
  settled(): Promise<unknown>;
  /** The tagged answer the server gave before the literal was complete (the connection was closed for it). */
  answeredEarly(): ResponseEvent | null;
}

/**
 * Writes the `size` octets of `body` as the literal that ends a command (RFC 3501 §4.3), then
 * the CRLF that ends its line, straight to imapflow's socket: imapflow's own write() would put
 * a CRLF after every chunk. Each chunk waits for the socket's 'drain' when its buffer is full,
 * so no more than a chunk or two (64 KiB each) is in memory however large the message is.
 *
 * imapflow sends nothing else meanwhile: its queue holds the next command until this one's
 * tagged answer, which a server sends after the literal. Dovecot answers a refused APPEND
 * (`NO [TRYCREATE]`) before a LITERAL+ literal and then reads and discards the octets; a
 * command queued behind it would then be sent into the middle of them. So a tagged answer
 * before the last octet, a read error, or a file whose size changed closes the connection:
 * a literal cut short can never be completed, and the server files nothing from it.
 */
export function streamLiteral(client: ImapFlow, body: Readable, size: number): StreamedLiteral {
  const wire = client as unknown as Wire;
  let writing: Promise<unknown> | null = null;
  let complete = false;
  let early: ResponseEvent | null = null;

  // 'response' is emitted for every tagged line before imapflow settles the command with it.
  const onAnswer = (answer: ResponseEvent) => {
    if (complete) return;
    early = answer;
    client.close();
  };

  const put = async (chunk: Buffer, last = false) => {
    const socket = wire.writeSocket;
    if (!client.usable || socket.destroyed) throw connectionLost();
    wire.writeBytesCounter += chunk.length;
    const more = socket.write(chunk);
    if (last) complete = true;
    if (!more) await drained(client, socket);
  };

  const write = async () => {
    let left = size;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      if (chunk.length > left) throw new Error('The message file grew after its size was announced');
      left -= chunk.length;
      await put(chunk);
    }
    if (left !== 0) throw new Error('The message file shrank after its size was announced');
    await put(CRLF, true);
  };

  return {
    start() {
      if (writing) return;
      client.on('response', onAnswer);
      writing = write()
        .then(
          () => null,
          (error: unknown) => {
            client.close();
            return error;
          },
        )
        .finally(() => client.off('response', onAnswer));
    },
    settled: () => writing ?? Promise.resolve(null),
    answeredEarly: () => early,
  };
}

/** The socket took what it buffered; a connection that closes meanwhile rejects. */
function drained(client: ImapFlow, socket: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      socket.off('drain', onDrain);
      client.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(connectionLost());
    socket.on('drain', onDrain);
    client.on('close', onClose);
  });
}
