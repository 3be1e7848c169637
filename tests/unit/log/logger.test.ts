import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { REDACT_PATHS } from '@/lib/log/logger';

describe('logger redaction', () => {
  it('removes credentials wherever the log calls put them', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    log.info({ password: 'hunter2', body: { user: 'alice', password: 'hunter3' } }, 'sign in');
    log.info({ auth: { user: 'alice', pass: 'hunter4' }, headers: { cookie: 'letterbox_session=abc' } }, 'imap');
    log.info({ options: { auth: { pass: 'hunter5' } } }, 'nested');
    const output = lines.join('');
    expect(output).toContain('alice');
    expect(output).not.toMatch(/hunter\d|letterbox_session=abc/);
    expect(output.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(5);
  });
});
