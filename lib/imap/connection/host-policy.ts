import 'server-only';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';

/**
 * The server is never a tool to reach arbitrary hosts: a user-chosen host must be on
 * IMAP_ALLOWED_HOSTS, checked by exact (case-insensitive) name before any socket opens.
 * Names are not resolved here, so a DNS answer cannot widen the list.
 */
export function assertHostAllowed(host: string): void {
  if (!env().IMAP_ALLOWED_HOSTS.includes(host.trim().toLowerCase())) {
    throw new AppError('HOST_NOT_ALLOWED');
  }
}
