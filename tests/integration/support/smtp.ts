import { connect, type Socket } from 'node:net';
import { LOOPBACK } from '../../../scripts/harness/ports';
import { postfixPaths } from '../../../scripts/smtp/paths';
import { assertLoopback } from './loopback';

/** The local Postfix (scripts/smtp): SMTP for the local domains, submission for Dovecot's users. */
export const SMTP = {
  host: assertLoopback(LOOPBACK),
  port: postfixPaths().smtpPort,
  submissionPort: postfixPaths().submissionPort,
};

export interface SmtpReply {
  code: number;
  /** Every line's text after the code and separator, e.g. `["5.7.8 Error: authentication failed: …"]`. */
  lines: string[];
}

/**
 * A raw SMTP dialog (RFC 5321) over one loopback connection, so a test sees each reply code
 * exactly as the server sent it. One command at a time: no PIPELINING.
 */
export class SmtpDialog {
  private buffer = '';
  private waiting?: { resolve: (reply: SmtpReply) => void; reject: (error: Error) => void };
  private failed?: Error;

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.deliver();
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('the SMTP server closed the connection')));
  }

  /** Connects and reads the greeting. */
  static async open(port: number): Promise<{ dialog: SmtpDialog; greeting: SmtpReply }> {
    const socket = connect({ host: SMTP.host, port });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const dialog = new SmtpDialog(socket);
    return { dialog, greeting: await dialog.reply() };
  }

  /** Sends one command line and resolves with its (possibly multiline) reply. */
  command(line: string): Promise<SmtpReply> {
    const reply = this.reply();
    this.socket.write(`${line}\r\n`);
    return reply;
  }

  /** DATA, then `message` with dot-stuffing (RFC 5321 §4.5.2): the reply after the final dot. */
  async data(message: string): Promise<{ start: SmtpReply; end?: SmtpReply }> {
    const start = await this.command('DATA');
    if (start.code !== 354) return { start };
    const body = message.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
    const end = this.reply();
    this.socket.write(`${body}${body.endsWith('\r\n') ? '' : '\r\n'}.\r\n`);
    return { start, end: await end };
  }

  /** QUIT, then close whatever the server does. */
  async close(): Promise<void> {
    if (!this.socket.destroyed) await this.command('QUIT').catch(() => undefined);
    this.socket.destroy();
  }

  private reply(): Promise<SmtpReply> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error('no SMTP reply within 10 s')), 10_000);
      this.waiting = {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.deliver();
    });
  }

  private fail(error: Error): void {
    this.failed ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }

  /** A reply ends with a line whose code is followed by a space; `-` continues it. */
  private deliver(): void {
    if (!this.waiting) return;
    const lines = this.buffer.split('\r\n');
    // The text after the last CRLF is a line still arriving.
    const last = lines.slice(0, -1).findIndex((line) => /^\d{3}( |$)/.test(line));
    if (last < 0) return;
    const reply = { code: Number(lines[last]?.slice(0, 3)), lines: lines.slice(0, last + 1).map((line) => line.slice(4)) };
    this.buffer = lines.slice(last + 1).join('\r\n');
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting.resolve(reply);
  }
}

/** The AUTH PLAIN initial response (RFC 4616): authorization id empty, then user and password. */
export function authPlain(user: string, password: string): string {
  return `AUTH PLAIN ${Buffer.from(`\0${user}\0${password}`).toString('base64')}`;
}
