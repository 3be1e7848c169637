import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { AttachmentConfig } from './attachment-config';

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export function fileTooLarge(config: AttachmentConfig): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `Attachments can be at most ${megabytes(config.maxBytes)}.`);
}

export function accountFull(config: AttachmentConfig): AppError {
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    `Attachments waiting to be sent can take at most ${megabytes(config.accountMaxBytes)} in all; remove some first.`,
  );
}

/** Another account's id, an expired one and a made-up one all read the same. */
export function attachmentNotFound(): AppError {
  return new AppError('NOT_FOUND', 'This attachment is gone; it may have expired. Attach the file again.');
}
