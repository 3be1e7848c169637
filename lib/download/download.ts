import type { ByteRange } from './range';

export interface BodyDownload {
  kind: 'body';
  contentType: string;
  filename: string;
  /** Shown in the page (cid: pictures) rather than saved. */
  inline: boolean;
  /** Exact decoded length when the server told it (BINARY.SIZE, RFC822.SIZE); null otherwise. */
  size: number | null;
  /** The range served with 206, or null for the whole body. */
  range: ByteRange | null;
  body: ReadableStream<Uint8Array> | null;
}

/** What lib/imap hands over for one download; the response is shaped here. */
export type Download = { kind: 'unsatisfiable'; size: number } | BodyDownload;
