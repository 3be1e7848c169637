import 'server-only';

const MAX_CHARS = 255;
/** An extension longer than this is not worth keeping when the name is cut. */
const MAX_EXTENSION = 16;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidi overrides and isolates: U+202E makes `gpj.exe` show as `exe.jpg`. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name shown for an attachment and sent in its Content-Disposition. It is only ever
 * displayed: files are stored under their random id. Still, it keeps no path (browsers send
 * none; busboy already strips one), no controls (CR/LF would break the MIME header a naive
 * writer builds) and no bidi tricks. Null when nothing is left.
 */
export function displayFilename(raw: string): string | null {
  const name = (raw.split(/[/\\]/).pop() ?? '').replace(CONTROL, '').replace(BIDI, '').normalize('NFC').trim();
  if (name === '' || name === '.' || name === '..') return null;
  return shorten(name);
}

/** Cuts by code point (never half a surrogate pair), keeping a short extension. */
function shorten(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_CHARS) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const kept = extension.length <= MAX_EXTENSION ? extension : [];
  return [...chars.slice(0, MAX_CHARS - kept.length), ...kept].join('');
}
