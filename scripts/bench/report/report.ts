import { loadavg } from 'node:os';
import type { BenchArgs } from '../args';
import { describeMachine } from '../machine';
import type { RunResult } from '../run-phases';
import { judge } from '../targets';
import { printTable, printVerdicts } from './console';
import { streamsTable } from './live-tables';
import { capacityTable, loadTable } from './load-tables';
import { writeMarkdown } from './markdown';
import { apiTable, browserTable } from './tables';
import { writeJson } from './write-json';

/** Console tables and verdicts, the JSON file, and (complete full runs only) docs/benchmark.md. */
export function report(
  run: RunResult,
  args: BenchArgs,
  startedAt: Date,
  loadAtStart: number[],
  log: (line: string) => void,
): void {
  const { api, load, browser, streams, cpu } = run;
  const machine = { ...describeMachine(), loadAvg: { start: loadAtStart, end: loadavg() }, cpuShare: cpu };
  const ramp = load && capacityTable(load);
  const tables = [
    ...(api ? [apiTable(api)] : []),
    ...(streams ? [streamsTable(streams)] : []),
    ...(load ? [loadTable(load)] : []),
    ...(ramp ? [ramp] : []),
    ...(browser ? [browserTable(browser)] : []),
  ];
  for (const table of tables) printTable(table);
  const verdicts = judge(api, load, browser, streams);
  printVerdicts(verdicts, args.smoke);
  const file = writeJson(startedAt, args.smoke, { startedAt, args, machine, api, load, browser, streams, verdicts });
  log(`results: ${file}`);
  // The README quotes docs/benchmark.md: only a complete full run may replace it.
  if (!args.smoke && api && load?.capacity && browser && args.reps >= 20) {
    writeMarkdown(startedAt, machine, process.argv.slice(2).join(' '), tables, verdicts);
    log('wrote docs/benchmark.md');
  }
}
