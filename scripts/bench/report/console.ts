import type { Verdict } from '../targets';
import type { Table } from './tables';

/** A table padded into columns for the terminal. */
export function printTable(table: Table): void {
  const widths = table.head.map((head, i) => Math.max(head.length, ...table.rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${table.title}`);
  console.log(line(table.head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of table.rows) console.log(line(row));
}

/** PASS/FAIL per target; in smoke mode the numbers of a tiny mailbox would mean nothing, so none is judged. */
export function printVerdicts(verdicts: Verdict[], smoke: boolean): void {
  console.log('\nTargets (issues 5 and 11 to 15)');
  for (const v of verdicts) {
    const tag = smoke
      ? 'SMOKE (not judged)'
      : v.pass === 'info'
        ? 'INFO'
        : v.pass === null
          ? 'NOT RUN'
          : v.pass
            ? 'PASS'
            : 'FAIL';
    console.log(`${tag.padEnd(5)}  ${v.target}: ${v.measured}`);
  }
}
