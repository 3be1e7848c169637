import 'server-only';
import type { ImapFlow } from 'imapflow';

/**
 * One token of a command or of a parsed response, as imapflow's compiler and parser use
 * them: `{ type: 'ATOM' | 'STRING' | 'SEQUENCE' | 'LITERAL' | …, value }`, a FETCH item like
 * `BINARY.SIZE[1]` with its `section`, or a parenthesised list as a nested array.
 */
export interface RawToken {
  type?: string;
  value?: unknown;
  section?: RawAttribute[];
}
export type RawAttribute = RawToken | RawAttribute[];

/** An untagged response (`* 12 FETCH (…)`, `* SORT 3 1 2`): its attributes after the keyword. */
export interface RawUntagged {
  command?: string;
  attributes?: RawAttribute[];
}

/** Handlers keyed by the untagged keyword they collect (FETCH, SORT, METADATA, ACL, …). */
export type UntaggedHandlers = Record<string, (untagged: RawUntagged) => void | Promise<void>>;

/**
 * imapflow's hooks into its send loop, for a command whose literal the caller writes itself
 * (append-stream.ts): `onSend` runs once the command line is on the wire, `onPlusTag` on each
 * `+` continuation request (RFC 3501 §7.5) while the command is in flight.
 */
export interface SendHooks {
  onSend?: () => void;
  onPlusTag?: () => void;
}

type Exec = (
  command: string,
  attributes: RawAttribute[],
  options: { untagged?: UntaggedHandlers } & SendHooks,
) => Promise<{ response?: { attributes?: RawAttribute[] }; next: () => void }>;

/**
 * The tagged OK that ended a command, with its response code (RFC 3501 §7.1: `tag OK [CODE
 * args] text`). An OK can still carry news the caller must act on: RFC 7162 §3.1.3's
 * `[MODIFIED 7,9]` says a conditional STORE left those messages alone.
 */
export interface TaggedCompletion {
  /** The response code's name in upper case (MODIFIED, HIGHESTMODSEQ, …), or null when there is none. */
  code: string | null;
  /** The tokens after the code's name inside the brackets: `[MODIFIED 7,9]` → the sequence `7,9`. */
  codeArguments: RawAttribute[];
}

export const atom = (value: string): RawToken => ({ type: 'ATOM', value });
export const sequence = (value: string): RawToken => ({ type: 'SEQUENCE', value });
/** A string argument; imapflow quotes it or sends it as a literal, whichever its bytes need. */
export const string = (value: string): RawToken => ({ type: 'STRING', value });

/** A token's value as text: the parser hands literals over as Buffers, atoms and strings as strings. */
export function tokenText(token: RawAttribute | undefined): string | null {
  if (!token || Array.isArray(token) || token.value === null || token.value === undefined) return null;
  return Buffer.isBuffer(token.value) ? token.value.toString('utf8') : String(token.value);
}

/** The first parenthesised list among an untagged response's attributes (a FETCH's item list, a METADATA's pairs). */
export function firstList(untagged: RawUntagged): RawAttribute[] {
  return untagged.attributes?.find(Array.isArray) ?? [];
}

/**
 * Sends one command that imapflow has no helper for (SORT, FETCH PREVIEW, BINARY.SIZE,
 * GETMETADATA/SETMETADATA; later ACL, NOTIFY, ESORT) through imapflow's `exec()`, which
 * 2.10 keeps internal: this is the one place that reaches into it. Untagged responses named
 * in `untagged` reach their handler while the command runs; the promise settles with the
 * tagged completion, after which imapflow's reader is released (it waits for that before
 * the connection's next command); its response code comes back to the caller.
 *
 * Only call it for a command whose capability CAPABILITY lists: imapflow sends what it is
 * given. A tagged NO/BAD rejects in the shape imapflow's own commands use (`responseStatus`,
 * `responseText`, `serverResponseCode`), and a dropped connection with imapflow's connection
 * error, so errors.ts translates both like any other failure.
 */
export async function rawCommand(
  client: ImapFlow,
  command: string,
  attributes: RawAttribute[],
  untagged: UntaggedHandlers = {},
  hooks: SendHooks = {},
): Promise<TaggedCompletion> {
  const internals = client as unknown as { exec: Exec; autoidle?: () => void };
  let completion: Awaited<ReturnType<Exec>>;
  try {
    completion = await internals.exec.call(client, command, attributes, { untagged, ...hooks });
  } catch (error) {
    throw withResponseCode(error);
  } finally {
    // imapflow re-arms auto-IDLE only after its own commands (run()), and one sent through
    // exec() made a pending IDLE stand down: a watcher whose set-up sent SETMETADATA never
    // entered IDLE again and heard no other client (measured; it declines while not selected
    // or while auto-IDLE is off, as on pooled connections).
    queueMicrotask(() => internals.autoidle?.call(client));
  }
  completion.next();
  return taggedCompletion(completion.response?.attributes ?? []);
}

/**
 * Hears an untagged response the server sends on its own, outside any command (RFC 5465
 * NOTIFY's STATUS and LIST): imapflow drops keywords it has no handler for, and its handler
 * table is as internal as exec(). Returns the removal.
 */
export function onUnsolicited(client: ImapFlow, keyword: string, handler: (untagged: RawUntagged) => void): () => void {
  const handlers = (client as unknown as { untaggedHandlers: UntaggedHandlers }).untaggedHandlers;
  handlers[keyword] = handler;
  return () => {
    if (handlers[keyword] === handler) delete handlers[keyword];
  };
}

/** Reads the bracketed response code of a tagged OK: the first attribute, an empty atom whose section holds it. */
export function taggedCompletion(attributes: RawAttribute[]): TaggedCompletion {
  const [first] = attributes;
  const section = first && !Array.isArray(first) ? (first.section ?? []) : [];
  const name = tokenText(section[0]);
  return { code: name ? name.toUpperCase() : null, codeArguments: section.slice(1) };
}

/**
 * imapflow's command modules lift the response code of a NO/BAD (RFC 3501 §7.1:
 * `tag NO [CODE] text`) into `serverResponseCode`; exec() leaves it inside the parsed
 * response, where it is the first attribute's section.
 */
export function withResponseCode(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const failure = error as { serverResponseCode?: string; response?: { attributes?: RawAttribute[] } };
  if (failure.serverResponseCode || typeof failure.response !== 'object' || failure.response === null) return error;
  const [first] = failure.response.attributes ?? [];
  const code = first && !Array.isArray(first) ? tokenText(first.section?.[0]) : null;
  if (code && /^[A-Za-z-]{1,40}$/.test(code)) failure.serverResponseCode = code.toUpperCase();
  return error;
}
