import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const BUILDERS = 'lib/client/query-keys.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/**
 * A key written out as an array literal, instead of by a builder: `queryKey: [`, `['messages', …]`
 * (but not a type's index, `MessagesResponse['messages']`).
 */
const KEY_LITERAL =
  /(?:queryKey|mutationKey)\s*:\s*\[|(?<![\w)\]])\[\s*'(?:messages|message|mailboxes|settings|session|operation)'/;

const files = ['app', 'components', 'lib'].flatMap((dir) => sources(join(root, dir))).map((file) => relative(root, file));

describe('query keys come from their builders', () => {
  it('finds the client code', () => {
    expect(files).toEqual(expect.arrayContaining([BUILDERS, 'lib/client/message-cache.ts', 'components/mail/mailbox-view.tsx']));
  });

  it.each(files.filter((file) => file !== BUILDERS))('%s writes no key literal', (file) => {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    expect(lines.filter((line) => KEY_LITERAL.test(line))).toEqual([]);
  });
});
