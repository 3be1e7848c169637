import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES } from '@/lib/config/env';

const read = (file: string) => readFileSync(resolve(import.meta.dirname, '..', '..', '..', file), 'utf8');

/** A variable the app reads but nobody can find is configuration nobody can set. */
describe('the configuration is documented', () => {
  // NODE_ENV is the platform's own, set by `next start` and the build.
  const documented = ENV_VARIABLES.filter((name) => name !== 'NODE_ENV');

  it('in the README’s configuration table, one row each', () => {
    const readme = read('README.md');
    expect(documented.filter((name) => !readme.includes(`| \`${name}\``))).toEqual([]);
  });

  it('in .env.example', () => {
    const example = read('.env.example');
    const listed = (name: string) => new RegExp(`^#?\\s*${name}=`, 'm').test(example);
    expect(documented.filter((name) => !listed(name))).toEqual([]);
  });
});
