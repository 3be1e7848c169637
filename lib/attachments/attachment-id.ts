import 'server-only';
import { randomBytes } from 'node:crypto';

const ID = /^[A-Za-z0-9_-]{24}$/;

/** 144 random bits in base64url: unguessable, safe in a URL, and a file name that needs no escaping. */
export function newAttachmentId(): string {
  return randomBytes(18).toString('base64url');
}

/** Checked before an id meets a path: nothing but the 24 characters newAttachmentId makes. */
export function isAttachmentId(value: string): boolean {
  return ID.test(value);
}
