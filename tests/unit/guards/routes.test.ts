import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_WRAPPER } from '@/lib/http/route';

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

  // The module itself, not its text: every export counts, whatever syntax made it (`export { x as GET }`, a re-export).
  it.each(files.map((file) => [relative(root, file), file]))(
    '%s: every exported handler is built by route()',
    async (_name, file) => {
      const module: Record<string, unknown> = await import(file);
      const handlers = Object.keys(module).filter((name) => HTTP_METHODS.includes(name));
      expect(handlers.length).toBeGreaterThan(0);
      for (const method of handlers) {
        const handler = module[method] as { [ROUTE_WRAPPER]?: unknown } | undefined;
        expect(handler?.[ROUTE_WRAPPER], `${method} must be built by route() from lib/http/route.ts`).toBe(true);
      }
      // Domain logic stays in lib/: a route never talks to IMAP itself.
      expect(readFileSync(file, 'utf8')).not.toMatch(/from 'imapflow'|withImap\(/);
    },
  );

  it('skips the same-origin check only for the mail server’s push hint, which reads no session', () => {
    const fromServer = files.filter((file) => /\bfromServer: true\b/.test(readFileSync(file, 'utf8')));
    expect(fromServer.map((file) => relative(root, file))).toEqual(['app/api/live/push/[token]/route.ts']);
    for (const file of fromServer) {
      const source = readFileSync(file, 'utf8');
      expect(source).toMatch(/\bauth: false\b/);
      expect(source).not.toMatch(/\b(session|account)\b/);
    }
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
