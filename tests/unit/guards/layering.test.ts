import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource, readGraph, type SourceFile } from './import-graph';
import { checkLayering, RULES } from './layering-rules';

const root = join(import.meta.dirname, '..', '..', '..');

/** A graph of made-up files, to prove each rule fires on the violation it exists for. */
function graphOf(files: Record<string, string>): Map<string, SourceFile> {
  const exists = (path: string) => Object.hasOwn(files, path);
  return new Map(Object.entries(files).map(([path, text]) => [path, parseSource(path, text, exists)]));
}

const SERVER = { 'lib/imap/pool.ts': "import 'server-only';\nexport const pool = 1;" };

describe('layering guard', () => {
  const graph = readGraph(root, ['app', 'components', 'lib']);

  it('reads the whole code base, @/ and relative imports resolved to files', () => {
    expect(graph.size).toBeGreaterThan(100);
    const api = graph.get('lib/client/api.ts');
    expect(api?.imports.map((item) => item.target)).toContain('lib/api-paths.ts');
    expect(graph.get('lib/schemas/message-view.ts')?.imports.map((item) => item.target)).toContain('lib/schemas/values.ts');
  });

  it('finds no import in a forbidden direction', () => {
    expect(checkLayering(graph)).toEqual([]);
  });

  describe('each rule fails on its violation', () => {
    // [what is tried, the rule that must catch it, the files]
    const violations: [string, string, Record<string, string>][] = [
      [
        'lib/imap imports a type from lib/http',
        'lib/imap never imports lib/http',
        {
          ...SERVER,
          'lib/imap/x.ts': "import type { RouteContext } from '../http/route';",
          'lib/http/route.ts': "import 'server-only';",
        },
      ],
      [
        'a component imports the account type from lib/session',
        'components never import',
        { 'components/a.tsx': "import type { Account } from '@/lib/session/account';" },
      ],
      [
        'a component reaches the pool through a client module',
        'components never import',
        {
          ...SERVER,
          'components/a.tsx': "import { helper } from '@/lib/client/helper';",
          'lib/client/helper.ts': "export { pool as helper } from '@/lib/imap/pool';",
        },
      ],
      [
        'a schema imports the settings defaults',
        'lib/schemas is a leaf',
        { 'lib/schemas/a.ts': "import { z } from 'zod';\nimport { DEFAULTS } from '@/lib/settings/defaults';" },
      ],
      [
        'a schema imports a type from lib/session',
        'lib/schemas is a leaf',
        { 'lib/schemas/a.ts': "import type { Account } from '@/lib/session/account';" },
      ],
      [
        'client code takes a constant from a zod schema module',
        'the browser never loads zod',
        {
          'lib/client/a.ts': "import { ACTION_KEYWORDS } from '@/lib/schemas/move';",
          'lib/schemas/move.ts': "import { z } from 'zod';\nexport const ACTION_KEYWORDS = {};",
        },
      ],
      ['lib/ui imports React', 'lib/ui is pure', { 'lib/ui/a.ts': "import { useState } from 'react';" }],
      ['lib/ui reads window', 'lib/ui is pure', { 'lib/ui/a.ts': 'export const width = () => window.innerWidth;' }],
      [
        'lib/ui loads the pool with import()',
        'lib/ui is pure',
        { ...SERVER, 'lib/ui/a.ts': "const load = () => import('@/lib/imap/pool');" },
      ],
      [
        'codes.ts imports the pool',
        'lib/errors/codes.ts is client-safe',
        { ...SERVER, 'lib/errors/codes.ts': "import { pool } from '../imap/pool';" },
      ],
      [
        'api-paths.ts imports a value',
        'lib/api-paths.ts is client-safe',
        { 'lib/api-paths.ts': "import { PART_NUMBER } from '@/lib/schemas/values';" },
      ],
    ];
    it.each(violations)('%s', (_tried, rule, files) => {
      const found = checkLayering(graphOf(files));
      expect(found.map((violation) => violation.rule).filter((name) => name.startsWith(rule))).not.toEqual([]);
    });

    it('every rule has a violation above', () => {
      for (const rule of RULES)
        expect(
          violations.some(([, prefix]) => rule.name.startsWith(prefix)),
          rule.name,
        ).toBe(true);
    });

    it('and not on what is allowed', () => {
      const allowed = graphOf({
        ...SERVER,
        'lib/schemas/a.ts': "import { z } from 'zod';\nimport { SORT_KEYS } from './values';",
        'lib/schemas/values.ts': 'export const SORT_KEYS = [];',
        'lib/ui/a.ts': "import type { X } from '@/lib/schemas/a';\nconst box = { window: 1 };\nexport const w = box.window;",
        'lib/api-paths.ts': "import type { X } from '@/lib/schemas/a';",
        'components/a.tsx': "import { useState } from 'react';\nimport type { Pool } from '@/lib/client/types';",
        'lib/client/types.ts': "export type Pool = typeof import('@/lib/imap/pool');",
      });
      expect(checkLayering(allowed)).toEqual([]);
    });
  });
});
