import { writeFileSync } from 'node:fs';
import { APP_URL, MARKDOWN_FILE } from '../config';
import { type CpuShare, DISTURBED_PERCENT } from '../cpu-share';
import type { Machine } from '../machine';
import type { Verdict } from '../targets';
import type { Table } from './tables';

const load = (avg: number[]) => avg.map((v) => v.toFixed(2)).join(' / ');
const disturbed = (cpu: Record<string, CpuShare>) =>
  Object.entries(cpu)
    .filter(([, s]) => s.other > DISTURBED_PERCENT)
    .map(([part, s]) => `\n- **Disturbed:** other processes used ${s.other.toFixed(0)}% of a core during the ${part} part.`)
    .join('');
const cpuLine = (cpu: Record<string, CpuShare>) =>
  Object.entries(cpu)
    .map(([part, s]) => `${part} ${s.mine.toFixed(0)} / ${s.dovecot.toFixed(0)} / ${s.other.toFixed(0)}`)
    .join('; ');
const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|');

/** Padded the way Biome formats Markdown tables (first column left, the rest right-aligned), so format:check passes. */
function markdownTable(table: Table): string {
  const cells = [table.head, ...table.rows].map((row) => row.map((cell) => escapeCell(cell.trim())));
  const widths = table.head.map((_, i) => Math.max(3, ...cells.map((row) => [...(row[i] ?? '')].length)));
  const pad = (cell: string, i: number) => {
    const fill = ' '.repeat((widths[i] ?? 0) - [...cell].length);
    return i === 0 ? cell + fill : fill + cell;
  };
  const line = (row: string[]) => `| ${row.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  const [head = [], ...rows] = cells;
  return `**${table.title}**\n\n${[line(head), rule, ...rows.map(line)].join('\n')}\n`;
}

const METHOD = `How it is measured (\`scripts/bench/\`):

- **Floor** = the same IMAP work done directly with imapflow in the bench process, on a connection that stays
  logged in with INBOX selected: folder list = \`LIST … RETURN (STATUS (MESSAGES UNSEEN))\`; a page = one FETCH of
  the 50 envelopes/flags/sizes/BODYSTRUCTUREs + \`PREVIEW\`; open
  = the view FETCH + the display part (partial fetch, decoded); download = imapflow's \`download()\`; sign-in =
  \`connect()\`. Neither side re-sorts per page: the app answers from its sorted-UID cache and the floor reuses the
  UID list it sorted once; the SORT itself is its own row. App and floor repetitions are interleaved, alternating
  who goes first, after untimed warm-up rounds. "First request of a session" rows start each repetition with a
  new session (app) or connection (floor), so no mailbox is selected yet: what a fresh sign-in pays.
- **Server CPU/req** = CPU time of the server process (\`/proc/<pid>/stat\`) over an operation, divided by its app
  requests (warm-up included); the server idles while the floor runs.
- **App** = the production build (\`next start\` on a private copy of \`.next/\`, default pool settings,
  \`LOG_LEVEL=info\`, its log written straight to a file) on ${APP_URL.replace('http://', '')},
  called over HTTP with a session cookie; message views are requested without \`If-None-Match\`, so each one does
  the IMAP work (a browser would get its cached copy or a 304 the second time).
- IMAP bytes of the app are counted by a loopback relay between a second app session and Dovecot; the floor's by
  \`client.stats()\`. Server RSS is \`VmRSS\` of the process listening on the port, sampled every 10 ms.
- **Load** (issue 12): 3 accounts seeded alike (a 20,000-message INBOX plus the extra folders) and 100 sessions,
  each its own sign-in (10 at a time), spread round-robin over them: ~33 share each account's sort cache and
  Dovecot indexes, as many people's tabs and devices would. Untimed first, per account: the INBOX UIDs (\`UID SEARCH
  ALL\` on an EXAMINE) become message ids, and the list is walked through the API 200 rows a request, keeping every
  cursor (this also fills the app's row cache with every INBOX row: the run measures a server that has listed
  these folders before). Each session starts at a random moment within the first think time and loops folder list → INBOX first
  page → open a message chosen uniformly over the whole INBOX → next page → another such open; in one round of three
  also a page at one of the kept cursors (a random depth), and in one round of three another folder's first page;
  it pauses 0.5–1.5 × the think time after every request. Offered load = sessions / mean think time (what they would
  send were every answer instant); throughput counts the requests that ended within the run. Server CPU = the server
  process's CPU time over the run. Memory per session = (RSS after the run − RSS before the sign-ins) / sessions.
  **Capacity ramp**: then 150, 200, 300 and 400 sessions (new sign-ins on the same 3 accounts), each 5 s of
  warm-up and 20 s measured, up to the first step with p95 ≥ 300 ms or any error; when the load run itself misses
  that, 75, 50 and 25 sessions instead, down to the first step that passes. The simulated sessions run in the
  bench's own process on the same two cores as the app and Dovecot, so the count is for this machine as a whole.
- **Browser**: Debian's Chromium via Playwright. Each time runs from the input event's own timestamp (\`click\`,
  capture phase) to the first animation frame whose DOM holds the result (the expected first row, or the
  message's text or rendered HTML frame). Fresh context or emptied HTTP cache per repetition; clicks come 1 s
  after the list showed, as a person's would, so the page's own background fetches have settled; the sign-in click
  likewise 1 s after the form was filled (the login page has loaded its own JS, as while a person types). JS = every
  \`script\` response of a cold load, gzip -6 computed by the harness.
- Targets are judged on medians; they are printed, never fail the run.`;

/** docs/benchmark.md, which the README's Performance section quotes; written by full runs only. */
export function writeMarkdown(
  date: Date,
  machine: Machine & { loadAvg: { start: number[]; end: number[] }; cpuShare: Record<string, CpuShare> },
  args: string,
  tables: Table[],
  verdicts: Verdict[],
): void {
  const verdictLines = verdicts.map(
    (v) =>
      `- ${v.pass === 'info' ? 'INFO' : v.pass === null ? 'NOT RUN' : v.pass ? '**PASS**' : '**FAIL**'} ${v.target}: ${v.measured}`,
  );
  const text = `# Benchmark

- Generated by \`npm run bench${args ? ` -- ${args}` : ''}\` on ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit \`${machine.commit}\`.
- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, shared by the app, Dovecot, the bench and Chromium.
- Software: Node ${machine.node}, Next ${machine.next}, Dovecot ${machine.dovecot}, ${machine.chromium}.
- Load average ${load(machine.loadAvg.start)} at the start, ${load(machine.loadAvg.end)} at the end; CPU per part in % of one
  core (bench + app + Chromium / Dovecot / other processes): ${cpuLine(machine.cpuShare)}.${disturbed(machine.cpuShare)}

${tables.map(markdownTable).join('\n')}
## Targets (issues 5 and 11 to 15)

${verdictLines.join('\n')}

${METHOD}
`;
  writeFileSync(MARKDOWN_FILE, text);
}
