import 'server-only';
import type { Logger } from 'pino';
import { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';
import type { ErrorEnvelope } from '@/lib/errors/codes';
import { jsonResponse } from './json-response';

/**
 * Maps anything thrown to the envelope. Only AppError messages and schema messages (which
 * we wrote) reach the client; every other failure becomes INTERNAL and its detail goes to
 * the log, never into the response. A request its client abandoned (`abandoned`: the browser
 * went away or cancelled it) is logged as such, not as a failure: nobody reads its answer.
 */
export function errorResponse(error: unknown, log: Logger, abandoned = false): Response {
  const appError = toEnvelopeError(error);
  if (abandoned) log.info({ code: appError.code }, 'request abandoned by the client');
  else if (appError.status >= 500) log.error({ err: appError.cause ?? error, code: appError.code }, 'request failed');
  else log.info({ code: appError.code }, 'request refused');
  const body: ErrorEnvelope = { error: { code: appError.code, message: appError.message, ...appError.details } };
  return jsonResponse(body, { status: appError.status, headers: { 'Cache-Control': 'no-store', ...appError.headers } });
}

function toEnvelopeError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    const where = issue?.path.length ? `${fieldPath(issue.path)}: ` : '';
    return new AppError('BAD_REQUEST', issue ? `${where}${issue.message}` : undefined, { cause: error });
  }
  return new AppError('INTERNAL', undefined, { cause: error });
}

/** `to[1].address`, as a reader of the request body would write it (an array index in brackets). */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('');
}
