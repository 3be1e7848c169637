import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors/app-error';
import { errorResponse } from '@/lib/http/error-response';

const silent = pino({ level: 'silent' });

describe('errorResponse', () => {
  it('sends the envelope with the code status and headers', async () => {
    const response = errorResponse(new AppError('RATE_LIMITED', undefined, { headers: { 'Retry-After': '30' } }), silent);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toEqual({ error: { code: 'RATE_LIMITED', message: expect.any(String) } });
  });

  it('turns schema failures into BAD_REQUEST naming the field', async () => {
    const parsed = z.object({ user: z.string().min(1, 'Enter your user name.') }).safeParse({ user: '' });
    const response = errorResponse(parsed.error, silent);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe('user: Enter your user name.');
  });

  it('writes array indexes of the field path in brackets', async () => {
    const schema = z.object({ to: z.array(z.object({ address: z.string().min(3, 'too short') })) });
    const parsed = schema.safeParse({ to: [{ address: 'abc' }, { address: 'a' }] });
    const response = errorResponse(parsed.error, silent);
    expect((await response.json()).error.message).toBe('to[1].address: too short');
  });

  it('never echoes an unexpected error message', async () => {
    const response = errorResponse(new Error('ECONNRESET at 10.0.0.5 password=hunter2'), silent);
    const body = await response.json();
    expect(response.status).toBe(500);
    expect(body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(body)).not.toMatch(/hunter2|10\.0\.0\.5|ECONNRESET/);
  });
});

describe('errorResponse for a request the client abandoned', () => {
  /** A logger that keeps what it was given: level and message of each line. */
  function recording() {
    const lines: Array<{ level: number; msg: string }> = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    return { log, lines };
  }

  it('logs a cancelled search as abandoned (info), not as a server failure', () => {
    const { log, lines } = recording();
    errorResponse(new AppError('SEARCH_TIMEOUT', 'The search was cancelled.'), log, true);
    expect(lines.map((line) => [line.level, line.msg])).toEqual([[30, 'request abandoned by the client']]);
  });

  it('still logs the same failure as an error when the client is waiting for it', () => {
    const { log, lines } = recording();
    errorResponse(new AppError('SEARCH_TIMEOUT'), log);
    expect(lines.map((line) => [line.level, line.msg])).toEqual([[50, 'request failed']]);
  });
});
