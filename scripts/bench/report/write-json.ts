import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RESULTS_DIR } from '../config';

/** The whole run, machine-readable, under bench/results/<ISO time>[-smoke].json (git-ignored). */
export function writeJson(startedAt: Date, smoke: boolean, data: object): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const file = resolve(RESULTS_DIR, `${stamp}${smoke ? '-smoke' : ''}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
