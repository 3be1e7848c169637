import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/imap/paths';

/** Every file the browser can load from the production build (the suite runs against it). */
function clientFiles(dir = resolve(projectRoot, '.next/static')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? clientFiles(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

describe('the client bundle', () => {
  it('holds no server module, configuration secret or session field', () => {
    const files = clientFiles();
    expect(files.length).toBeGreaterThan(5);
    // Markers of code that must stay on the server: the IMAP client, the cookie sealing, the env module.
    const forbidden = [
      /imapflow/i,
      /iron-session|iron-webcrypto/,
      /SESSION_SECRET/,
      /IMAP_TLS_REJECT_UNAUTHORIZED/,
      /sealData|unsealData/,
    ];
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return forbidden.filter((pattern) => pattern.test(text)).map((pattern) => `${file.slice(projectRoot.length)}: ${pattern}`);
    });
    expect(offenders).toEqual([]);
  });
});
