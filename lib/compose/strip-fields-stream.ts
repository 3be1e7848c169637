import 'server-only';
import { pipeline, type Readable, Transform } from 'node:stream';
import { withoutFields } from './without-bcc';

/** withoutBcc as a stream (RFC 5322 §3.6.3): what is submitted; an error of `source` fails it too. */
export function withoutBccStream(source: Readable): Readable {
  return pipeline(source, stripFieldsStream(['bcc']), () => undefined);
}

/** Far beyond any header block this app writes or stores; a stream without one that ends is not a message. */
const MAX_HEADER = 1024 * 1024;

/**
 * withoutFields as a stream: the header block is held until its end (the first empty line) is
 * seen, the named fields are dropped from it, and the body then passes through untouched, chunk
 * by chunk, so a message of any size goes through in a few KiB. A header block longer than
 * 1 MiB fails the stream rather than let a field it should have dropped (a Bcc) through.
 */
export function stripFieldsStream(names: readonly string[]): Transform {
  let held: Buffer[] = [];
  let heldBytes = 0;
  let passing = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (passing) return done(null, chunk);
      held.push(chunk);
      heldBytes += chunk.length;
      const head = Buffer.concat(held);
      if (!hasHeaderEnd(head)) {
        held = [head];
        return done(heldBytes > MAX_HEADER ? new Error('stripFieldsStream: no end of the header block within 1 MiB') : null);
      }
      passing = true;
      held = [];
      done(null, withoutFields(head, names));
    },
    flush(done) {
      // A message that is all header (no empty line): the whole of it is the header block.
      done(null, passing ? undefined : withoutFields(Buffer.concat(held), names));
    },
  });
}

/** An empty line seen: CRLF CRLF or LF LF inside, or the block starting with one (an empty header). */
function hasHeaderEnd(head: Buffer): boolean {
  return head.includes('\r\n\r\n') || head.includes('\n\n') || head[0] === 0x0a || (head[0] === 0x0d && head[1] === 0x0a);
}
