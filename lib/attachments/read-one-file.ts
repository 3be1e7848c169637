import 'server-only';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import busboy from 'busboy';
import { AppError } from '@/lib/errors/app-error';
import { attachmentContentType } from './content-type';
import { displayFilename } from './display-filename';
import { readChunk } from './read-chunk';

export interface FilePart {
  filename: string;
  contentType: string;
}

interface ReadOptions {
  contentType: string | null;
  maxBytes: number;
  tooLarge: () => AppError;
  /** Writes the file's bytes; rejects (after cleaning up) to refuse it. */
  sink: (data: Readable) => Promise<void>;
}

const ONE_FILE = 'The form must hold exactly one part: a file in the field `file`.';

/**
 * Reads a multipart/form-data body (RFC 7578) holding exactly one part, a file in the field
 * `file`, and hands its bytes to `sink` as they arrive. The body is pulled one chunk at a time,
 * only when busboy and the sink have taken the last one, so memory stays at a few chunks
 * whatever the file's size; on any refusal, pulling stops at once (read-chunk.ts: not cancelled).
 */
export async function readOneFile(body: ReadableStream<Uint8Array>, options: ReadOptions): Promise<FilePart> {
  const parser = multipartParser(options.contentType, options.maxBytes);
  const halt = new AbortController();
  let failure: unknown;
  const stop = (error: unknown) => {
    failure ??= error;
    halt.abort();
  };
  let part: FilePart | undefined;
  let written: Promise<void> | undefined;
  parser.on('file', (name: string, data: Readable, info: busboy.FileInfo) => {
    // busboy destroys a file stream with an error when the form breaks off; the sink's pipeline
    // reports that, and an unwanted part has no reader to report it to.
    data.on('error', () => undefined);
    const filename = displayFilename(info.filename ?? '');
    if (name !== 'file' || filename === null) {
      data.resume();
      stop(new AppError('BAD_REQUEST', name === 'file' ? 'The file has no name.' : ONE_FILE));
      return;
    }
    // busboy's own limit: it reports the byte past maxBytes, and no more reaches the sink.
    data.once('limit', () => stop(options.tooLarge()));
    part = { filename, contentType: attachmentContentType(info.mimeType) };
    written = options.sink(data).catch(stop);
  });
  parser.on('fieldsLimit', () => stop(new AppError('BAD_REQUEST', ONE_FILE)));
  parser.on('filesLimit', () => stop(new AppError('BAD_REQUEST', ONE_FILE)));
  parser.on('error', (error) => stop(malformed(error)));

  if (await pump(body, parser, halt.signal).catch(stop)) {
    parser.end();
    await once(parser, 'finish', { signal: halt.signal }).catch(() => undefined);
  }
  if (failure) parser.destroy();
  await written;
  if (failure) throw failure;
  if (!part) throw new AppError('BAD_REQUEST', ONE_FILE);
  return part;
}

function multipartParser(contentType: string | null, maxBytes: number): busboy.Busboy {
  if (!/^multipart\/form-data\s*;/i.test(contentType ?? '')) {
    throw new AppError('BAD_REQUEST', 'Attachments are uploaded as multipart/form-data.');
  }
  try {
    // fields 0 and files 1: any other part is reported as soon as its headers are read.
    // Browsers send `filename="…"` as raw UTF-8 (HTML's form encoding), not busboy's default latin1.
    return busboy({
      headers: { 'content-type': contentType ?? '' },
      defParamCharset: 'utf8',
      limits: { fields: 0, files: 1, fileSize: maxBytes + 1, headerPairs: 20 },
    });
  } catch (error) {
    throw malformed(error);
  }
}

/** Feeds the body to the parser, waiting for it to drain; true when the body ended, false when stopped. */
async function pump(body: ReadableStream<Uint8Array>, parser: Writable, signal: AbortSignal): Promise<boolean> {
  const reader = body.getReader();
  try {
    while (!signal.aborted) {
      const chunk = await readChunk(reader);
      if (chunk === null) return true;
      if (signal.aborted) break;
      if (!parser.write(chunk)) await once(parser, 'drain', { signal }).catch(() => undefined);
    }
    return false;
  } finally {
    reader.releaseLock();
  }
}

function malformed(cause: unknown): AppError {
  return new AppError('BAD_REQUEST', 'The upload is not a well-formed multipart/form-data body.', { cause });
}
