import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, projectRoot } from '../imap/paths';

const NEXT_DIR = resolve(projectRoot, '.next');
export const SNAPSHOT_DIR = resolve(dataDir, 'bench-app');

const buildId = () => (existsSync(resolve(NEXT_DIR, 'BUILD_ID')) ? readFileSync(resolve(NEXT_DIR, 'BUILD_ID'), 'utf8') : null);
const building = () => existsSync(resolve(NEXT_DIR, 'lock'));

/**
 * A private copy of the production build for `next start <dir>`. The working tree is shared:
 * anyone's `npm test` rebuilds .next/ in place, and a server whose route bundles change or
 * vanish under it mid-run would measure a broken app. The copy (~20 MB, the build cache left
 * out) is taken between builds and checked against BUILD_ID afterwards.
 */
export async function snapshotBuild(log: (line: string) => void): Promise<string> {
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error('no complete production build in .next/ within 5 minutes');
    const before = buildId();
    if (before === null || building()) {
      log('waiting for a `next build` in progress to finish…');
      await new Promise((r) => setTimeout(r, 2000));
      continue;
    }
    rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    const cache = resolve(NEXT_DIR, 'cache');
    // Turbopack's .next/node_modules holds relative symlinks (../../node_modules/…): keep them as they are.
    cpSync(NEXT_DIR, resolve(SNAPSHOT_DIR, '.next'), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (path) => path !== cache && !path.startsWith(`${cache}/`),
    });
    for (const file of ['next.config.mjs', 'package.json']) cpSync(resolve(projectRoot, file), resolve(SNAPSHOT_DIR, file));
    symlinkSync(resolve(projectRoot, 'node_modules'), resolve(SNAPSHOT_DIR, 'node_modules'));
    if (buildId() === before && !building()) return SNAPSHOT_DIR;
  }
}
