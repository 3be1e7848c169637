import type { BodyNote } from '@/lib/schemas/message-view';

/** 64 KB, 2 MB: the limits the server reports, in the units a reader knows (1 KB = 1,024 bytes, as the limits are set). */
function formatLimit(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

const UNPARSED = {
  'too-large': (limit: number) =>
    `The mail server could not list the parts of this message, and it is too large (over ${formatLimit(limit)}) to read whole; download the original to see it.`,
  'too-deep': () => 'The parts of this message are nested more deeply than Letterbox reads; download the original to see it.',
  unreadable: () => 'The structure of this message could not be read; download the original to see it.',
} as const;

/** The sentence the reading pane shows for a body note: what could not be shown as sent, and what to do. */
export function describeBodyNote(note: BodyNote): string {
  switch (note.code) {
    case 'no-text':
      return 'This message has no text to show.';
    case 'unknown-charset':
      return `This message uses the character set “${note.args.charset}”, which Letterbox cannot convert; some characters may look wrong.`;
    case 'invalid-bytes':
      return 'Some characters of this message are not valid in the character set it names; they are shown as �.';
    case 'truncated':
      return `This message is very long; only its first ${formatLimit(note.args.shownBytes)} are shown. Download the original to see all of it.`;
    case 'too-many-parts':
      return 'This message has more parts, or more deeply nested ones, than Letterbox lists; download the original to see all of it.';
    case 'broken-structure':
      return 'This message’s MIME structure is broken; it is shown as plain text, as it was sent.';
    case 'header-cut':
      return `The header of this message is over ${formatLimit(note.args.readBytes)}; only its start was read.`;
    case 'structure-read-raw':
      return 'The mail server could not list the parts of this message (they are nested too deeply); its text was read from the original.';
    case 'structure-unparsed':
      return UNPARSED[note.args.reason](note.args.limitBytes);
  }
}
