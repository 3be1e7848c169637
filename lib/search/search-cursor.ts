import 'server-only';
import { createHash } from 'node:crypto';
import { AppError } from '@/lib/errors/app-error';
import type { FolderPosition } from './search-folder';

/**
 * The opaque "next page" cursor of a search: for each folder searched, how many of its
 * matches were shown and the last one's UID (the anchor that keeps pages free of gaps and
 * repeats when mail arrives or leaves, as the list's cursor does), and which search it
 * belongs to, so a cursor is never applied to another query.
 */
export type SearchCursor = Map<string, FolderPosition>;

/** Which search a cursor belongs to: the query and the folder it was asked of. */
export const searchFingerprint = (q: string, mailboxId: string | undefined) =>
  createHash('sha256')
    .update(`${q}\u0000${mailboxId ?? ''}`)
    .digest('base64url')
    .slice(0, 12);

export function encodeSearchCursor(fingerprint: string, positions: SearchCursor): string {
  const folders = [...positions].map(([path, { uidValidity, position, lastUid }]) => [path, uidValidity, position, lastUid]);
  return Buffer.from(JSON.stringify([fingerprint, folders])).toString('base64url');
}

export function decodeSearchCursor(value: string, fingerprint: string): SearchCursor {
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('BAD_REQUEST', 'The page cursor is not valid.');
  }
  const [owner, folders] = Array.isArray(fields) ? fields : [];
  if (owner !== fingerprint || !Array.isArray(folders)) {
    throw new AppError('BAD_REQUEST', 'The page cursor does not belong to this search.');
  }
  const positions: SearchCursor = new Map();
  for (const entry of folders) {
    const [path, uidValidity, position, lastUid] = Array.isArray(entry) ? entry : [];
    const numbers = [uidValidity, position, lastUid].every((n) => Number.isInteger(n) && n >= 0);
    if (typeof path !== 'string' || !numbers) throw new AppError('BAD_REQUEST', 'The page cursor is not valid.');
    positions.set(path, { uidValidity, position, lastUid });
  }
  return positions;
}
