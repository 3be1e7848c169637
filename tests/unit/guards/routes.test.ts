import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return /^route\.(ts|tsx|js)$/.test(name) ? [path] : [];
  });
}

const files = routeFiles(join(root, 'app'));

describe('route table guard', () => {
  it('finds the API routes', () => {
    expect(files.map((file) => relative(root, file))).toContain('app/api/session/route.ts');
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s: every exported handler is built by route()', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const exported = [...source.matchAll(/export\s+(?:async\s+)?(?:const|function|let|var)\s+([A-Z]+)\b/g)].map((m) => m[1]);
    const handlers = exported.filter((name) => name && HTTP_METHODS.includes(name));
    expect(handlers.length).toBeGreaterThan(0);
    for (const method of handlers) {
      expect(source, `${method} must be \`export const ${method} = route(...)\``).toMatch(
        new RegExp(`export const ${method} = route\\(`),
      );
    }
    // Re-exports would bypass the check above.
    expect(source).not.toMatch(/export\s*\{[^}]*\b(GET|POST|PUT|PATCH|DELETE)\b/);
    // Domain logic stays in lib/: a route never talks to IMAP itself.
    expect(source).not.toMatch(/from 'imapflow'|withImap\(/);
  });

  it.each(files.map((file) => [relative(root, file), file]))(
    '%s: dynamic segments reach the handler through a params schema, decoded once',
    (name, file) => {
      const source = readFileSync(file, 'utf8');
      const segments = [...name.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);
      const wrappers = source.match(/= route\(/g)?.length ?? 0;
      const declared = source.match(/\bparams: [A-Z]\w*Params\b/g)?.length ?? 0;
      // Every handler of a route with a [segment] declares its schema; one without declares none.
      expect(declared, 'route({ params: …Params }) per handler').toBe(segments.length > 0 ? wrappers : 0);
      // A raw segment read past the schema (`params.x ?? ''`, `params['x']`) would skip the decoding.
      expect(source).not.toMatch(/params\.\w+\s*\?\?|params\[/);
    },
  );
});
