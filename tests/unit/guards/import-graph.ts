import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** One import of a source file, as the compiler reads it: `target` is a repository path, or the package name. */
export interface Import {
  specifier: string;
  target: string;
  /** `import type`, or every name imported is a type: erased from the JavaScript. */
  typeOnly: boolean;
}

export interface SourceFile {
  path: string;
  imports: Import[];
  /** Free uses of browser globals (`window`, `document`, …), for the modules that must run in node. */
  browserGlobals: string[];
}

const BROWSER_GLOBALS = new Set(['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history']);
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every .ts/.tsx file under `dirs` (repository-relative), skipping dependencies and build output. */
export function listSources(root: string, dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(join(root, path)).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : walk(path);
      return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
  return dirs.filter((dir) => existsSync(join(root, dir))).flatMap(walk);
}

/** `@/x` is the repository root (tsconfig `paths`); a relative specifier is resolved from the file. */
export function resolveSpecifier(from: string, specifier: string, exists: (path: string) => boolean): string {
  const local = specifier.startsWith('@/')
    ? posix.normalize(specifier.slice(2))
    : specifier.startsWith('.')
      ? posix.join(posix.dirname(from), specifier)
      : null;
  if (local === null) return specifier;
  if (/\.tsx?$/.test(local) && exists(local)) return local;
  return EXTENSIONS.map((ext) => local + ext).find(exists) ?? local;
}

function isTypeOnlyImport(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return clause !== undefined && ts.isNamedExports(clause) && clause.elements.every((element) => element.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import: `import 'server-only'`
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return (
    clause.name === undefined &&
    named !== undefined &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((element) => element.isTypeOnly)
  );
}

/** A free identifier: not the `.name` of `a.name`, nor a property or member name. */
function isFreeIdentifier(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (
    (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  if (ts.isMethodDeclaration(parent) && parent.name === node) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  return true;
}

/** The imports (static, re-exports, `import()`, `require()`) and browser globals of one file, from its syntax tree. */
export function parseSource(path: string, text: string, exists: (path: string) => boolean): SourceFile {
  const source = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const imports: Import[] = [];
  const browserGlobals = new Set<string>();
  const add = (specifier: string, typeOnly: boolean) =>
    imports.push({ specifier, target: resolveSpecifier(path, specifier, exists), typeOnly });
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, isTypeOnlyImport(node));
    } else if (ts.isCallExpression(node) && node.arguments.length === 1) {
      const [argument] = node.arguments;
      const dynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const required = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((dynamic || required) && argument && ts.isStringLiteralLike(argument)) add(argument.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    } else if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && isFreeIdentifier(node)) {
      browserGlobals.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { path, imports, browserGlobals: [...browserGlobals] };
}

/** The import graph of the repository's own code, keyed by repository path. */
export function readGraph(root: string, dirs: string[]): Map<string, SourceFile> {
  const exists = (path: string) => existsSync(join(root, path)) && statSync(join(root, path)).isFile();
  const files = listSources(root, dirs);
  return new Map(files.map((path) => [path, parseSource(path, readFileSync(join(root, path), 'utf8'), exists)]));
}
