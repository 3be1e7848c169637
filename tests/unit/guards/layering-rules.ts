import type { Import, SourceFile } from './import-graph';

export interface Violation {
  rule: string;
  file: string;
  detail: string;
}

type Graph = Map<string, SourceFile>;

const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
const SERVER_FOLDERS = ['lib/imap', 'lib/session', 'lib/http'];
const SERVER_PACKAGES = new Set(['server-only', 'next/headers', 'next/server']);
const UI_FRAMEWORKS = /^(react|react-dom|next)(\/|$)/;

function isServerFile(graph: Graph, path: string): boolean {
  return graph.get(path)?.imports.some((item) => item.specifier === 'server-only') ?? false;
}

function isServerTarget(graph: Graph, target: string): boolean {
  return SERVER_PACKAGES.has(target) || target.startsWith('node:') || isServerFile(graph, target);
}

/**
 * The first chain of runtime imports from `start` to server code, or null: type-only imports
 * are erased before the bundler sees them, so they carry nothing to the browser.
 */
export function serverChain(graph: Graph, start: string): string[] | null {
  return runtimeChain(graph, start, (target) => isServerTarget(graph, target));
}

/** The first chain of runtime imports from `start` to a target `stop` accepts, or null. */
function runtimeChain(graph: Graph, start: string, stop: (target: string) => boolean): string[] | null {
  const seen = new Set<string>([start]);
  const queue: string[][] = [[start]];
  for (let chain = queue.shift(); chain; chain = queue.shift()) {
    const file = graph.get(chain.at(-1) ?? '');
    for (const item of file?.imports ?? []) {
      if (item.typeOnly || seen.has(item.target)) continue;
      if (stop(item.target)) return [...chain, item.target];
      seen.add(item.target);
      if (graph.has(item.target)) queue.push([...chain, item.target]);
    }
  }
  return null;
}

interface Rule {
  name: string;
  applies: (path: string) => boolean;
  check: (file: SourceFile, graph: Graph) => string[];
}

const importsInto = (file: SourceFile, folders: string[]) =>
  file.imports.filter((item) => folders.some((folder) => under(folder)(item.target))).map(describe);

const describe = (item: Import) => `imports ${item.specifier}${item.typeOnly ? ' (type only)' : ''}`;

const reachesServer = (file: SourceFile, graph: Graph) => {
  const chain = serverChain(graph, file.path);
  return chain ? [`reaches server code: ${chain.join(' → ')}`] : [];
};

const reachesZod = (file: SourceFile, graph: Graph) => {
  const chain = runtimeChain(graph, file.path, (target) => target === 'zod');
  return chain ? [`loads zod in the browser: ${chain.join(' → ')}`] : [];
};

/** The import directions the layout promises; each rule names what it protects. */
export const RULES: Rule[] = [
  {
    name: 'lib/imap never imports lib/http (IMAP knows nothing of the HTTP surface)',
    applies: under('lib/imap'),
    check: (file) => importsInto(file, ['lib/http']),
  },
  {
    name: 'components never import lib/imap, lib/session or anything server-only',
    applies: under('components'),
    check: (file, graph) => [...importsInto(file, ['lib/imap', 'lib/session']), ...reachesServer(file, graph)],
  },
  {
    name: 'lib/schemas is a leaf: it imports zod and its own folder only',
    applies: under('lib/schemas'),
    check: (file) => file.imports.filter((item) => item.target !== 'zod' && !under('lib/schemas')(item.target)).map(describe),
  },
  {
    name: 'lib/ui is pure: no React, no browser globals, no server code',
    applies: under('lib/ui'),
    check: (file, graph) => [
      ...file.imports.filter((item) => UI_FRAMEWORKS.test(item.target)).map(describe),
      ...importsInto(file, SERVER_FOLDERS),
      ...file.browserGlobals.map((name) => `uses the browser global ${name}`),
      ...reachesServer(file, graph),
    ],
  },
  {
    name: 'the browser never loads zod (~37 KiB gzip): client code takes types from lib/schemas, values from values.ts',
    applies: (path) => ['components', 'lib/client', 'lib/ui'].some((folder) => under(folder)(path)),
    check: reachesZod,
  },
  {
    name: 'lib/errors/codes.ts is client-safe',
    applies: (path) => path === 'lib/errors/codes.ts',
    check: (file, graph) => [...importsInto(file, SERVER_FOLDERS), ...reachesServer(file, graph)],
  },
  {
    name: 'lib/api-paths.ts is client-safe and imports nothing but types',
    applies: (path) => path === 'lib/api-paths.ts',
    check: (file) => file.imports.filter((item) => !item.typeOnly).map(describe),
  },
];

export function checkLayering(graph: Graph): Violation[] {
  return [...graph.values()].flatMap((file) =>
    RULES.filter((rule) => rule.applies(file.path)).flatMap((rule) =>
      rule.check(file, graph).map((detail) => ({ rule: rule.name, file: file.path, detail })),
    ),
  );
}
